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
    public IActionResult Error() => Status(StatusCodes.Status500InternalServerError);

    [Route("/fout/{code:int}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Status(int code)
    {
        var shown = code is >= 400 and <= 599 ? code : StatusCodes.Status500InternalServerError;
        Response.StatusCode = shown;
        return View("Error", new ErrorModel(shown));
    }
}

public sealed record ErrorModel(int StatusCode);
