namespace VrijwilligersPortal.Web.Features.TwoFactor;

/// <summary>
/// Staff and administrators reach the back office only in a session that showed a second factor
/// (ADR 0067). Someone who has not set one up yet is sent to set it up first, and comes back after.
/// </summary>
public sealed class StaffSecondFactorMiddleware(RequestDelegate next)
{
    public const string EnrolPath = "/account/tweestapsverificatie/instellen";

    public Task InvokeAsync(HttpContext context)
    {
        var user = context.User;
        if (context.Request.Path.StartsWithSegments("/beheer", StringComparison.OrdinalIgnoreCase)
            && user.Identity?.IsAuthenticated == true
            && TwoFactorController.MustUseSecondFactor(user)
            && !user.HasClaim("amr", "mfa"))
        {
            var back = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
            context.Response.Redirect($"{context.Request.PathBase}{EnrolPath}?ReturnUrl={Uri.EscapeDataString(back)}");
            return Task.CompletedTask;
        }

        return next(context);
    }
}
