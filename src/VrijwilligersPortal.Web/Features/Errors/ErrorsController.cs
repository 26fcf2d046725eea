using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace VrijwilligersPortal.Web.Features.Errors;

/// <summary>Dutch pages for every error status; no details of the failure ever reach the visitor.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
[AllowAnonymous]
public sealed class ErrorsController : Controller
{
    [Route("/fout")]
    [IgnoreAntiforgeryToken]
    public IActionResult Error()
    {
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return View("Error", new ErrorModel(StatusCodes.Status500InternalServerError));
    }

    /// <summary>
    /// No parameters on purpose: model binding would read the form of the request being re-executed,
    /// which for an oversized form is the very thing that failed (docs/adr/0077).
    /// </summary>
    [Route("/fout/{code:int}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Status()
    {
        var code = int.TryParse(RouteData.Values["code"]?.ToString(), out var value) ? value : 0;
        var shown = code is >= 400 and <= 599 ? code : StatusCodes.Status500InternalServerError;
        Response.StatusCode = shown;
        return View("Error", new ErrorModel(shown));
    }
}

public sealed record ErrorModel(int StatusCode);
