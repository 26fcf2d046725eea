using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Organisations;

namespace VrijwilligersPortal.Domain.Tests;

public class InvitationTests
{
    private const string Token = "hash-van-de-code";
    private static readonly Guid Colleague = Guid.Parse("33333333-3333-3333-3333-333333333333");

    [Fact]
    public void An_invited_colleague_joins_with_the_link_once()
    {
        var organisation = Build.Organisation();
        organisation.Invite("collega@example.nl", Token, Build.Member, Build.Now);

        organisation.AcceptInvitation(Token, Colleague, Build.Now.AddDays(1));

        Assert.True(organisation.IsMember(Colleague));
        var invitation = Assert.Single(organisation.Invitations);
        Assert.Equal((Build.Now.AddDays(1), Colleague), (invitation.AcceptedAt!.Value, invitation.AcceptedBy!.Value));
        var again = Assert.Throws<DomainException>(() => organisation.AcceptInvitation(Token, Guid.NewGuid(), Build.Now.AddDays(1)));
        Assert.Equal("Deze uitnodiging is verlopen, ingetrokken of al gebruikt. Vraag je collega om een nieuwe.", again.Message);
    }

    [Fact]
    public void The_link_works_until_seven_days_after_it_was_sent_and_not_after()
    {
        var organisation = Build.Organisation();
        organisation.Invite("collega@example.nl", Token, Build.Member, Build.Now);
        var lastMoment = Build.Now.AddDays(7).AddTicks(-1);

        Assert.Equal("Deze uitnodiging is verlopen, ingetrokken of al gebruikt. Vraag je collega om een nieuwe.", Assert.Throws<DomainException>(() => organisation.AcceptInvitation(Token, Colleague, Build.Now.AddDays(7))).Message);
        Assert.False(organisation.IsMember(Colleague));

        organisation.AcceptInvitation(Token, Colleague, lastMoment);
        Assert.True(organisation.IsMember(Colleague));
    }

    [Fact]
    public void An_unknown_code_is_refused()
    {
        var organisation = Build.Organisation();
        organisation.Invite("collega@example.nl", Token, Build.Member, Build.Now);

        Assert.Equal("Deze uitnodiging is verlopen, ingetrokken of al gebruikt. Vraag je collega om een nieuwe.", Assert.Throws<DomainException>(() => organisation.AcceptInvitation("iets-anders", Colleague, Build.Now)).Message);
        Assert.False(organisation.IsMember(Colleague));
    }

    [Fact]
    public void A_member_cannot_join_again_and_the_invitation_stays_usable_for_someone_else()
    {
        var organisation = Build.Organisation();
        organisation.Invite("collega@example.nl", Token, Build.Member, Build.Now);

        var refusal = Assert.Throws<DomainException>(() => organisation.AcceptInvitation(Token, Build.Member, Build.Now));

        Assert.Equal("Je bent al lid van deze organisatie.", refusal.Message);
        Assert.True(organisation.Invitations[0].IsOpenAt(Build.Now));
    }

    [Fact]
    public void Only_a_member_can_invite()
    {
        var organisation = Build.Organisation();

        Assert.Equal("Alleen leden van de organisatie kunnen collega's uitnodigen.", Assert.Throws<DomainException>(() => organisation.Invite("collega@example.nl", Token, Guid.NewGuid(), Build.Now)).Message);
        Assert.Empty(organisation.Invitations);
    }

    [Fact]
    public void Inviting_the_same_address_again_makes_the_earlier_link_stop_working()
    {
        var organisation = Build.Organisation();
        organisation.Invite("collega@example.nl", "eerste", Build.Member, Build.Now);

        organisation.Invite("Collega@Example.nl", "tweede", Build.Member, Build.Now.AddDays(1));

        Assert.Equal("Deze uitnodiging is verlopen, ingetrokken of al gebruikt. Vraag je collega om een nieuwe.", Assert.Throws<DomainException>(() => organisation.AcceptInvitation("eerste", Colleague, Build.Now.AddDays(1))).Message);
        organisation.AcceptInvitation("tweede", Colleague, Build.Now.AddDays(1));
        Assert.True(organisation.IsMember(Colleague));
    }

    [Fact]
    public void A_revoked_invitation_no_longer_works_and_cannot_be_revoked_twice()
    {
        var organisation = Build.Organisation();
        var invitation = organisation.Invite("collega@example.nl", Token, Build.Member, Build.Now);

        organisation.RevokeInvitation(invitation.Id, Build.Now.AddHours(1));

        Assert.Equal("Deze uitnodiging is verlopen, ingetrokken of al gebruikt. Vraag je collega om een nieuwe.", Assert.Throws<DomainException>(() => organisation.AcceptInvitation(Token, Colleague, Build.Now.AddHours(2))).Message);
        Assert.Equal("Deze uitnodiging is al gebruikt, verlopen of ingetrokken.", Assert.Throws<DomainException>(() => organisation.RevokeInvitation(invitation.Id, Build.Now.AddHours(2))).Message);
        Assert.False(organisation.IsMember(Colleague));
    }
}
