using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace VrijwilligersPortal.Web.Common;

/// <summary>
/// Ties a field to its error message for screen readers: an invalid field gets
/// <c>aria-invalid="true"</c> and <c>aria-describedby</c> pointing at the message, which gets the
/// matching id (<c>{field}-fout</c>).
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
public sealed class AriaInvalidTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = default!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        if (ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0)
        {
            output.Attributes.SetAttribute("aria-invalid", "true");
            var errorId = ErrorId(name);
            var describedBy = output.Attributes.TryGetAttribute("aria-describedby", out var existing)
                ? $"{existing.Value} {errorId}"
                : errorId;
            output.Attributes.SetAttribute("aria-describedby", describedBy);
        }
    }

    internal static string ErrorId(string fieldName) => TagBuilder.CreateSanitizedId(fieldName, "_") + "-fout";
}

[HtmlTargetElement("span", Attributes = "asp-validation-for")]
public sealed class ValidationMessageIdTagHelper : TagHelper
{
    [HtmlAttributeName("asp-validation-for")]
    public ModelExpression For { get; set; } = default!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        output.Attributes.SetAttribute("id", AriaInvalidTagHelper.ErrorId(name));
    }
}
