using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace VrijwilligersPortal.Web.Hosting;

/// <summary>The messages MVC itself writes when a value cannot be read (say, letters in a number field), in Dutch.</summary>
internal static class DutchModelBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((_, field) => $"Deze waarde is niet geldig voor {field}.");
        messages.SetMissingBindRequiredValueAccessor(field => $"Vul {field} in.");
        messages.SetMissingKeyOrValueAccessor(() => "Vul dit veld in.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Het formulier was leeg.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => "Deze waarde is niet geldig.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Deze waarde is niet geldig.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Vul een getal in.");
        messages.SetUnknownValueIsInvalidAccessor(field => $"Deze waarde is niet geldig voor {field}.");
        messages.SetValueIsInvalidAccessor(_ => "Deze waarde is niet geldig.");
        messages.SetValueMustBeANumberAccessor(field => $"Vul bij {field} een getal in.");
        messages.SetValueMustNotBeNullAccessor(field => $"Vul {field} in.");
    }
}
