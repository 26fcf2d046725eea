using FluentValidation;
using FluentValidation.AspNetCore;

namespace VrijwilligersPortal.Web.Common;

internal static class ValidatorRegistration
{
    /// <summary>
    /// Registers every validator in the web assembly (FluentValidation.DependencyInjectionExtensions)
    /// and FluentValidation.AspNetCore's client-side hints (data-val attributes). No auto-validation,
    /// which is deprecated upstream: controllers call <see cref="PortalController.ValidateAsync{TForm}"/>
    /// explicitly, and the package copies the errors to ModelState.
    /// </summary>
    public static void AddPortalValidators(this IServiceCollection services)
    {
        ValidatorOptions.Global.LanguageManager.Culture = new System.Globalization.CultureInfo("nl");
        services.AddValidatorsFromAssemblyContaining(typeof(ValidatorRegistration), ServiceLifetime.Scoped);
        services.AddFluentValidationClientsideAdapters();
    }
}
