using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Taxonomy;
using VrijwilligersPortal.Domain.Volunteers;

namespace VrijwilligersPortal.Domain.Tests;

public class VolunteerTests
{
    private static Volunteer Sanne() => Volunteer.ForAccount(Guid.NewGuid(), "Sanne de Vries", "sanne@example.nl", Build.Now);

    [Theory]
    [InlineData("06 12345678")]
    [InlineData("+31 (0)30-1234567")]
    [InlineData(null)]
    [InlineData("   ")]
    public void A_phone_number_is_optional_and_made_of_digits_spaces_and_the_usual_signs(string? phone)
    {
        var volunteer = Sanne();

        volunteer.SetContactDetails("Sanne de Vries", phone);

        Assert.Equal(string.IsNullOrWhiteSpace(phone) ? null : phone, volunteer.Phone);
    }

    [Theory]
    [InlineData("bel me maar", "Geef een telefoonnummer van minstens 8 cijfers, zoals 06 12345678.")]
    [InlineData("0612", "Geef een telefoonnummer van minstens 8 cijfers, zoals 06 12345678.")]
    [InlineData("06 1234 5678 06 1234 5678 06 1234", "Een telefoonnummer heeft hoogstens 30 tekens.")]
    public void A_phone_number_that_cannot_be_dialled_is_refused_and_the_old_one_kept(string phone, string message)
    {
        var volunteer = Sanne();
        volunteer.SetContactDetails("Sanne de Vries", "06 12345678");

        Assert.Equal(message, Assert.Throws<DomainException>(() => volunteer.SetContactDetails("Sanne de Vries", phone)).Message);

        Assert.Equal("06 12345678", volunteer.Phone);
    }

    [Fact]
    public void The_name_is_required_because_organisations_see_it()
    {
        var volunteer = Sanne();

        Assert.Equal("Geef je naam (hoogstens 100 tekens).", Assert.Throws<DomainException>(() => volunteer.SetContactDetails("  ", null)).Message);
        Assert.Equal("Geef je naam (hoogstens 100 tekens).", Assert.Throws<DomainException>(() => volunteer.SetContactDetails(new string('a', 101), null)).Message);

        volunteer.SetContactDetails("  Sanne Bakker ", null);
        Assert.Equal("Sanne Bakker", volunteer.Name);
    }

    [Fact]
    public void Languages_are_trimmed_deduplicated_and_kept_with_the_dutch_level()
    {
        var volunteer = Sanne();

        volunteer.SetLanguages([" Arabisch", "Engels ", "engels", "", "Tigrinya"], DutchLevel.Reasonable);

        Assert.Equal(["Arabisch", "Engels", "Tigrinya"], volunteer.Languages);
        Assert.Equal(DutchLevel.Reasonable, volunteer.DutchLevel);
    }

    [Fact]
    public void At_most_ten_languages_of_at_most_forty_characters()
    {
        var volunteer = Sanne();

        Assert.Equal("Noem hoogstens 10 talen.", Assert.Throws<DomainException>(() => volunteer.SetLanguages(Enumerable.Range(1, 11).Select(i => $"Taal {i}"), null)).Message);
        Assert.Equal("Een taal heeft hoogstens 40 tekens.", Assert.Throws<DomainException>(() => volunteer.SetLanguages([new string('x', 41)], null)).Message);
        volunteer.SetLanguages(Enumerable.Range(1, 10).Select(i => $"Taal {i}"), null);

        Assert.Equal(10, volunteer.Languages.Count);
    }

    [Fact]
    public void An_erased_volunteer_keeps_no_languages_and_is_shown_as_a_deleted_volunteer()
    {
        var volunteer = Sanne();
        volunteer.SetContactDetails("Sanne de Vries", "06 12345678");
        volunteer.SetLanguages(["Engels"], DutchLevel.Native);
        volunteer.SetInterests([new Category("Natuur", "natuur", 1)], [new Skill("Koken", "koken", 1)]);
        volunteer.SetAvailability(WeekSchedule.Anytime, 8);
        volunteer.SetWillingToGetVog(true);
        Assert.Equal("Sanne de Vries", volunteer.DisplayName);

        volunteer.Erase(Build.Now);

        Assert.Empty(volunteer.Languages);
        Assert.Null(volunteer.DutchLevel);
        Assert.Null(volunteer.Phone);
        Assert.Empty(volunteer.Interests);
        Assert.Empty(volunteer.Skills);
        Assert.True(volunteer.Availability.IsEmpty);
        Assert.Null(volunteer.HoursPerWeek);
        Assert.False(volunteer.WillingToGetVog);
        Assert.Equal("verwijderde vrijwilliger", volunteer.DisplayName);
    }

    [Fact]
    public void An_erased_profile_cannot_be_filled_in_again()
    {
        var volunteer = Sanne();
        volunteer.Erase(Build.Now);

        Assert.Equal("Dit account is verwijderd; het profiel kan niet meer worden gewijzigd.", Assert.Throws<DomainException>(() => volunteer.SetContactDetails("Sanne", null)).Message);
        Assert.Equal("Dit account is verwijderd; het profiel kan niet meer worden gewijzigd.", Assert.Throws<DomainException>(() => volunteer.ChangeEmail("sanne@example.nl")).Message);
        Assert.Equal("Dit account is verwijderd; het profiel kan niet meer worden gewijzigd.", Assert.Throws<DomainException>(() => volunteer.SetLocation("3581", null, 5)).Message);
        Assert.Equal("Dit account is verwijderd; het profiel kan niet meer worden gewijzigd.", Assert.Throws<DomainException>(() => volunteer.SetConsentToBeProposed(true, Build.Now)).Message);
        Assert.Equal(string.Empty, volunteer.Name);
        Assert.Null(volunteer.Email);
        Assert.False(volunteer.ConsentToBeProposed);
    }

    [Fact]
    public void A_postcode_without_known_coordinates_is_kept_without_a_location()
    {
        var volunteer = Sanne();

        volunteer.SetLocation("9999", null, 15);

        Assert.Equal("9999", volunteer.Postcode);
        Assert.Null(volunteer.Location);
        Assert.Equal(15, volunteer.MaxDistanceKm);
    }
}
