using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Exchange;
using VrijwilligersPortal.Domain.Vacancies;

namespace VrijwilligersPortal.Domain.Tests;

/// <summary>Vacancies imported from another centre (docs/adr/0150) and the feed addresses of sources.</summary>
public class ExchangeTests
{
    private const string SourceUrl = "https://houten.example.nl/vacatures/7/trainer";

    private static VacancyContent ImportedContent() => Build.Content() with { ContactName = string.Empty, ContactEmail = string.Empty, ContactPhone = null };

    [Theory]
    [InlineData("https://houten.example.nl/api/vacatures", "https://houten.example.nl/api/vacatures")]
    [InlineData("  http://houten.example.nl/api/vacatures?gemeente=Houten&duur=eenmalig ", "http://houten.example.nl/api/vacatures?gemeente=Houten&duur=eenmalig")]
    [InlineData("HTTPS://Houten.Example.NL:8443/api/vacatures", "https://houten.example.nl:8443/api/vacatures")]
    public void A_feed_address_is_stored_as_an_absolute_http_address(string typed, string stored) =>
        Assert.Equal(stored, ExchangeSource.NormalizeFeedUrl(typed));

    [Theory]
    [InlineData("")]
    [InlineData("/api/vacatures")]
    [InlineData("houten.example.nl/api/vacatures")]
    [InlineData("ftp://houten.example.nl/api/vacatures")]
    [InlineData("file:///etc/passwd")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://naam:geheim@houten.example.nl/api/vacatures")]
    [InlineData("https://houten.example.nl/api/vacatures#boven")]
    public void Anything_else_is_no_feed_address(string typed)
    {
        Assert.Null(ExchangeSource.NormalizeFeedUrl(typed));
        Assert.Throws<DomainException>(() => ExchangeSource.Create("Centrale Houten", typed, Build.Now));
    }

    [Fact]
    public void A_feed_address_longer_than_the_column_is_refused() =>
        Assert.Null(ExchangeSource.NormalizeFeedUrl("https://houten.example.nl/api/vacatures?q=" + new string('a', ExchangeSource.FeedUrlMaxLength)));

    [Fact]
    public void An_imported_vacancy_is_public_at_once_and_its_status_history_stays_empty()
    {
        var vacancy = Vacancy.Import(1, 7, 3, SourceUrl, ImportedContent(), [], Build.Now);

        Assert.True(vacancy.IsImported);
        Assert.True(vacancy.IsPublicOn(DateOnly.FromDateTime(Build.Now.UtcDateTime)));
        Assert.Equal(Build.Now, vacancy.PublishedAt);
        Assert.Empty(vacancy.History);
        Assert.Equal((string.Empty, string.Empty), (vacancy.ContactName, vacancy.ContactEmail));
    }

    [Fact]
    public void Nobody_here_edits_applies_to_pauses_or_closes_an_imported_vacancy()
    {
        var vacancy = Vacancy.Import(1, 7, 3, SourceUrl, ImportedContent(), [], Build.Now);

        Assert.Throws<DomainException>(() => vacancy.Edit(Build.Content(), [], [], Build.Now));
        Assert.Throws<DomainException>(() => vacancy.Apply(5, "Ik wil graag helpen.", ContactPreference.Email, Build.Member, Build.Now));
        Assert.Throws<DomainException>(() => vacancy.Pause(Build.Staff, Build.Now));
        Assert.Throws<DomainException>(() => vacancy.Close(ClosedReason.Filled, Build.Staff, Build.Now));
        Assert.Equal(VacancyStatus.Published, vacancy.Status);
    }

    [Fact]
    public void A_vacancy_gone_at_the_source_closes_and_comes_back_when_the_source_lists_it_again()
    {
        var vacancy = Vacancy.Import(1, 7, 3, SourceUrl, ImportedContent(), [], Build.Now);

        vacancy.WithdrawImport(Build.Now.AddHours(1));
        Assert.Equal(VacancyStatus.Closed, vacancy.Status);

        vacancy.UpdateImport(3, SourceUrl, ImportedContent() with { Title = "Trainer (weer open)" }, [], Build.Now.AddHours(2));
        Assert.Equal((VacancyStatus.Published, "Trainer (weer open)"), (vacancy.Status, vacancy.Title));
        Assert.Null(vacancy.ClosedReason);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("/vacatures/7")]
    [InlineData("data:text/html,hoi")]
    public void An_imported_vacancy_only_links_to_an_http_address(string link) =>
        Assert.Throws<DomainException>(() => Vacancy.Import(1, 7, 3, link, ImportedContent(), [], Build.Now));

    [Fact]
    public void This_centres_own_vacancy_cannot_be_changed_as_if_imported()
    {
        var own = Build.Published();

        Assert.Throws<DomainException>(() => own.UpdateImport(3, SourceUrl, ImportedContent(), [], Build.Now));
        Assert.Throws<DomainException>(() => own.WithdrawImport(Build.Now));
    }
}
