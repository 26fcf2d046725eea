using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Organisations;

namespace VrijwilligersPortal.Domain.Tests;

public class OrganisationTests
{
    public enum Action
    {
        Approve,
        Reject,
        Suspend,
        Reinstate,
    }

    public static TheoryData<OrganisationStatus, Action, OrganisationStatus?> Transitions()
    {
        var legal = new Dictionary<(OrganisationStatus, Action), OrganisationStatus>
        {
            [(OrganisationStatus.Pending, Action.Approve)] = OrganisationStatus.Approved,
            [(OrganisationStatus.Pending, Action.Reject)] = OrganisationStatus.Rejected,
            [(OrganisationStatus.Approved, Action.Suspend)] = OrganisationStatus.Suspended,
            [(OrganisationStatus.Suspended, Action.Reinstate)] = OrganisationStatus.Approved,
        };
        var data = new TheoryData<OrganisationStatus, Action, OrganisationStatus?>();
        foreach (var status in Enum.GetValues<OrganisationStatus>())
        {
            foreach (var action in Enum.GetValues<Action>())
            {
                data.Add(status, action, legal.TryGetValue((status, action), out var to) ? to : null);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Every_transition_is_allowed_only_from_its_lifecycle_state(OrganisationStatus from, Action action, OrganisationStatus? expected)
    {
        var organisation = InStatus(from);
        var at = Build.Now.AddDays(5);

        var act = () => Perform(organisation, action, at);

        if (expected is { } to)
        {
            act();
            Assert.Equal(to, organisation.Status);
            var last = organisation.History[^1];
            Assert.Equal((from, to, at, Build.Staff), (last.From!.Value, last.To, last.At, last.By!.Value));
        }
        else
        {
            var target = action switch
            {
                Action.Reject => OrganisationStatus.Rejected,
                Action.Suspend => OrganisationStatus.Suspended,
                _ => OrganisationStatus.Approved,
            };
            var refusal = Assert.Throws<DomainException>(act);
            Assert.Equal($"Een organisatie met status '{DutchNames.Of(from)}' kan niet naar '{DutchNames.Of(target)}'.", refusal.Message);
            Assert.Equal(from, organisation.Status);
        }
    }

    [Fact]
    public void Registering_makes_a_pending_organisation_with_the_registrant_as_first_member()
    {
        var organisation = Build.Organisation();

        Assert.Equal(OrganisationStatus.Pending, organisation.Status);
        Assert.True(organisation.IsMember(Build.Member));
        var registered = Assert.Single(organisation.History);
        Assert.Null(registered.From);
        Assert.Equal(Build.Member, registered.By);
    }

    [Fact]
    public void Rejecting_requires_a_reason_that_members_will_see()
    {
        var organisation = Build.Organisation();

        Assert.Equal("Geef een reden voor de afwijzing; de organisatie krijgt die te zien.", Assert.Throws<DomainException>(() => organisation.Reject("  ", Build.Staff, Build.Now)).Message);
        organisation.Reject("Geen vrijwilligerswerk: dit zijn betaalde banen.", Build.Staff, Build.Now);

        Assert.Equal("Geen vrijwilligerswerk: dit zijn betaalde banen.", organisation.StatusReason);
    }

    [Fact]
    public void The_last_member_cannot_be_removed()
    {
        var organisation = Build.Organisation();
        var colleague = Guid.NewGuid();
        organisation.AddMember(colleague, Build.Now);

        organisation.RemoveMember(Build.Member);

        Assert.Equal("Het laatste lid kan niet worden verwijderd; een organisatie heeft altijd een contactpersoon.", Assert.Throws<DomainException>(() => organisation.RemoveMember(colleague)).Message);
        Assert.True(organisation.IsMember(colleague));
    }

    [Fact]
    public void A_person_is_added_as_member_only_once()
    {
        var organisation = Build.Organisation();

        Assert.Equal("Deze persoon is al lid van de organisatie.", Assert.Throws<DomainException>(() => organisation.AddMember(Build.Member, Build.Now)).Message);
    }

    [Theory]
    [InlineData("1234567")]
    [InlineData("123456789")]
    [InlineData("1234567a")]
    [InlineData("0123456748")]
    [InlineData("2123456749")]
    public void A_company_number_must_be_a_kvk_number_or_a_Belgian_enterprise_number(string number)
    {
        var profile = Build.OrganisationProfile() with { CompanyNumber = number };

        Assert.Equal(
            "Een KvK-nummer heeft 8 cijfers, een ondernemingsnummer 10 cijfers met een kloppend controlegetal.",
            Assert.Throws<DomainException>(() => Organisation.Register(profile, Build.Member, Build.Now)).Message);
    }

    [Theory]
    [InlineData("41234567")]
    [InlineData("0123456749")]
    public void Keeps_a_kvk_number_or_a_Belgian_enterprise_number(string number)
    {
        var organisation = Organisation.Register(Build.OrganisationProfile() with { CompanyNumber = number }, Build.Member, Build.Now);

        Assert.Equal(number, organisation.CompanyNumber);
    }

    private static Organisation InStatus(OrganisationStatus status)
    {
        var organisation = Build.Organisation();
        switch (status)
        {
            case OrganisationStatus.Approved:
                organisation.Approve(Build.Staff, Build.Now);
                break;
            case OrganisationStatus.Rejected:
                organisation.Reject("Geen vrijwilligerswerk.", Build.Staff, Build.Now);
                break;
            case OrganisationStatus.Suspended:
                organisation.Approve(Build.Staff, Build.Now);
                organisation.Suspend("Klachten van vrijwilligers.", Build.Staff, Build.Now);
                break;
        }

        return organisation;
    }

    private static void Perform(Organisation organisation, Action action, DateTimeOffset at)
    {
        switch (action)
        {
            case Action.Approve: organisation.Approve(Build.Staff, at); break;
            case Action.Reject: organisation.Reject("Reden", Build.Staff, at); break;
            case Action.Suspend: organisation.Suspend("Reden", Build.Staff, at); break;
            case Action.Reinstate: organisation.Reinstate(Build.Staff, at); break;
        }
    }
}
