using System.Globalization;
using VrijwilligersPortal.Domain.Matching;
using VrijwilligersPortal.Web.Common.Localization;

namespace VrijwilligersPortal.Web.Tests.Common.Localization;

/// <summary>Match reasons are a Dutch format with arguments, so each language writes its own sentence, lists and numbers (issue 19).</summary>
public class ReasonSentencesTests
{
    private static readonly PortalTexts Shipped = PortalTexts.FromAssembly(typeof(SharedResource).Assembly);

    [Fact]
    public void A_reason_with_a_list_of_names_and_a_distance_is_written_in_English_and_stays_Dutch_in_Dutch()
    {
        var skills = new ReasonSentence("Vraagt {0}, die heb je", [new NameList(["Koken", "Tuinieren", "EHBO"])]);
        var distance = new ReasonSentence("{0} km van je postcode", [new Kilometres(3.24)]);
        var slots = new ReasonSentence("Op {0}, wanneer jij kunt", [new NameList(["zaterdagochtend", new ReasonSentence("nog {0} andere dagdelen", [2])])]);

        Assert.Equal("Asks for Cooking, Gardening and First aid, which you have", English(skills));
        Assert.Equal("3.2 km from your postcode", English(distance));
        Assert.Equal("On Saturday morning and 2 more parts of the day, when you are available", English(slots));
        Assert.Equal("Vraagt Koken, Tuinieren en EHBO, die heb je", skills.Text);
        Assert.Equal("3,2 km van je postcode", distance.Text);
        Assert.Equal("Op zaterdagochtend en nog 2 andere dagdelen, wanneer jij kunt", slots.Text);
    }

    [Fact]
    public void A_name_staff_typed_has_no_translation_and_is_shown_as_typed()
    {
        var reason = new ReasonSentence("Past bij je interesse {0}", ["Buurthuis De Linde"]);

        Assert.Equal("Matches your interest in Buurthuis De Linde", English(reason));
    }

    private static string English(ReasonSentence sentence) =>
        ReasonSentence.Write(sentence, key => Shipped.Find(key, PortalCultures.English) ?? key, CultureInfo.GetCultureInfo("en"));
}
