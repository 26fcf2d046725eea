namespace VrijwilligersPortal.BrowserTests.Support;

/// <summary>
/// A fact that needs a real browser. xunit 2 has no dynamic skip, so the attribute decides when
/// the tests are discovered: skipped with the install hint when Chromium is missing,
/// unless <c>CI=true</c>, where the test runs and fails with the same hint.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = BrowserTooling.SkipReason;
}

/// <summary>A theory that needs a real browser; skipped like <see cref="BrowserFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute() => Skip = BrowserTooling.SkipReason;
}
