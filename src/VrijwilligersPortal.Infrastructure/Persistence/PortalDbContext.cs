using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Centre;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Courses;
using VrijwilligersPortal.Domain.Exchange;
using VrijwilligersPortal.Domain.FollowUps;
using VrijwilligersPortal.Domain.Hours;
using VrijwilligersPortal.Domain.Matching;
using VrijwilligersPortal.Domain.Mediations;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Domain.Questions;
using VrijwilligersPortal.Domain.Reminders;
using VrijwilligersPortal.Domain.Shifts;
using VrijwilligersPortal.Domain.Taxonomy;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Domain.Volunteers;
using VrijwilligersPortal.Infrastructure.Audit;
using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Infrastructure.Geo;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Jobs;
using VrijwilligersPortal.Infrastructure.Search;

namespace VrijwilligersPortal.Infrastructure.Persistence;

/// <summary>
/// The portal's unit of work. Each database provider derives its own context (see
/// <c>Sqlite/SqlitePortalDbContext</c>) so that each keeps its own migrations; the application
/// only ever asks for <see cref="PortalDbContext"/>.
/// </summary>
public abstract class PortalDbContext(DbContextOptions options)
    : IdentityDbContext<PortalUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Vacancy> Vacancies => Set<Vacancy>();

    public DbSet<Application> Applications => Set<Application>();

    public DbSet<Volunteer> Volunteers => Set<Volunteer>();

    public DbSet<Favourite> Favourites => Set<Favourite>();

    public DbSet<Mediation> Mediations => Set<Mediation>();

    public DbSet<Category> Categories => Set<Category>();

    public DbSet<Skill> Skills => Set<Skill>();

    public DbSet<SuitableForTag> SuitableForTags => Set<SuitableForTag>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<JobLease> JobLeases => Set<JobLease>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<CentreSettings> CentreSettings => Set<CentreSettings>();

    public DbSet<MatchAlert> MatchAlerts => Set<MatchAlert>();

    public DbSet<MatchAlertDelivery> MatchAlertDeliveries => Set<MatchAlertDelivery>();

    public DbSet<PostcodeArea> PostcodeAreas => Set<PostcodeArea>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<PlacementFollowUp> PlacementFollowUps => Set<PlacementFollowUp>();

    public DbSet<UserSession> UserSessions => Set<UserSession>();

    public DbSet<QuestionTopic> QuestionTopics => Set<QuestionTopic>();

    public DbSet<Question> Questions => Set<Question>();

    public DbSet<Course> Courses => Set<Course>();

    public DbSet<CourseRegistration> CourseRegistrations => Set<CourseRegistration>();

    public DbSet<ReminderDelivery> ReminderDeliveries => Set<ReminderDelivery>();

    public DbSet<ReminderOptOut> ReminderOptOuts => Set<ReminderOptOut>();

    public DbSet<PublicVacancyChange> PublicVacancyChanges => Set<PublicVacancyChange>();

    public DbSet<Shift> Shifts => Set<Shift>();

    public DbSet<ShiftSignUp> ShiftSignUps => Set<ShiftSignUp>();

    public DbSet<HourEntry> HourEntries => Set<HourEntry>();

    public DbSet<Certificate> Certificates => Set<Certificate>();

    public DbSet<ExchangeSource> ExchangeSources => Set<ExchangeSource>();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var mailAdded = TouchesOutbox();
        int saved;
        if (ReportColumns.Find(ChangeTracker) is { } reportColumns)
        {
            // The reports' columns change with what they are made of, or not at all (docs/adr/0187).
            await using var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
            saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await ReportColumns.RefreshAsync(this, reportColumns, cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        else
        {
            saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        if (mailAdded)
        {
            Outbox.Nudge();
        }

        return saved;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var mailAdded = TouchesOutbox();
        int saved;
        if (ReportColumns.Find(ChangeTracker) is { } reportColumns)
        {
            using var transaction = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
            saved = base.SaveChanges(acceptAllChangesOnSuccess);
            ReportColumns.Refresh(this, reportColumns);
            transaction?.Commit();
        }
        else
        {
            saved = base.SaveChanges(acceptAllChangesOnSuccess);
        }

        if (mailAdded)
        {
            Outbox.Nudge();
        }

        return saved;
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Statuses and kinds are stored by name: readable in the database and safe to reorder.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<WeekSchedule>().HaveConversion<WeekScheduleConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }

    /// <summary>Whether this save puts mail in the outbox (or makes it due again), so the senders should look now.</summary>
    private bool TouchesOutbox() =>
        ChangeTracker.Entries<OutboxMessage>().Any(e => e.State is EntityState.Added or EntityState.Modified);
}
