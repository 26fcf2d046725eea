// Progressive enhancement only: every page works without this file.
// Move focus to a form's error summary so keyboard and screen-reader users hear the problems first.
document.querySelector(".error-summary")?.focus();
