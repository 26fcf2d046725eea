using FluentValidation;

namespace VrijwilligersPortal.Web.Common;

internal static class ValidatorRegistration
{
    /// <summary>
    /// Registers every validator in the web assembly. FluentValidation.AspNetCore and its DI
    /// package are not available to us, and auto-validation is deprecated upstream anyway:
    /// controllers call <see cref="PortalController.ValidateAsync{TForm}"/> explicitly.
    /// </summary>
    public static void AddPortalValidators(this IServiceCollection services)
    {
        ValidatorOptions.Global.LanguageManager.Culture = new System.Globalization.CultureInfo("nl");
        foreach (var found in AssemblyScanner.FindValidatorsInAssembly(typeof(ValidatorRegistration).Assembly))
        {
            services.AddScoped(found.InterfaceType, found.ValidatorType);
        }
    }
}
