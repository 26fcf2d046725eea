namespace VrijwilligersPortal.Web.Features.Shifts;

/// <summary>Registration of the shift sign-ups, their mails and links.</summary>
internal static class ShiftServices
{
    public static void AddPortalShifts(this IServiceCollection services)
    {
        services.AddSingleton<ShiftTokens>();
        services.AddScoped<ShiftEmails>();
        services.AddScoped<ShiftSignUps>();
    }
}
