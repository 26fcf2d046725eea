using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VrijwilligersPortal.Domain.Exchange;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Infrastructure.Identity;

namespace VrijwilligersPortal.Infrastructure.Persistence.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("Organisations");
        builder.Property(o => o.Name).HasMaxLength(150);
        builder.Property(o => o.CompanyNumber).HasMaxLength(10);
        builder.Property(o => o.Street).HasMaxLength(150);
        builder.Property(o => o.Postcode).HasMaxLength(10);
        builder.Property(o => o.Place).HasMaxLength(100);
        builder.Property(o => o.Website).HasMaxLength(300);
        builder.Property(o => o.Description).HasMaxLength(2000);
        builder.Property(o => o.ContactName).HasMaxLength(100);
        builder.Property(o => o.ContactEmail).HasMaxLength(254);
        builder.Property(o => o.ContactPhone).HasMaxLength(30);
        builder.Property(o => o.StatusReason).HasMaxLength(1000);
        builder.HasIndex(o => o.Status);

        // An organisation at another centre whose vacancies are imported (docs/adr/0150): one record per source and id.
        builder.HasOne<ExchangeSource>().WithMany().HasForeignKey(o => o.ExchangeSourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.ExchangeSourceId, o.SourceOrganisationId }).IsUnique();

        builder.OwnsMany(o => o.Members, member =>
        {
            member.ToTable("OrganisationMembers");
            member.WithOwner().HasForeignKey(m => m.OrganisationId);
            member.HasKey(m => new { m.OrganisationId, m.UserId });
            member.HasIndex(m => m.UserId);
            member.HasOne<PortalUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.OwnsMany(o => o.Invitations, invitation =>
        {
            invitation.ToTable("OrganisationInvitations");
            invitation.WithOwner().HasForeignKey(i => i.OrganisationId);
            invitation.HasKey(i => i.Id);
            invitation.Property(i => i.Email).HasMaxLength(254);
            invitation.Property(i => i.TokenHash).HasMaxLength(100);
            invitation.HasIndex(i => i.TokenHash).IsUnique();
        });
        builder.Navigation(o => o.Invitations).AutoInclude(false);

        builder.OwnsHistory(o => o.History, "OrganisationStatusChanges", "OrganisationId");
    }
}
