using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Questions;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Web.Features.Questions;

public sealed record TopicOption(int Id, string Name);

public sealed record QuestionRow(int Id, string Subject, string Topic, string Organisation, QuestionStatus Status, DateTimeOffset AskedAt, DateTimeOffset LastActivityAt, Guid? AssignedStaffId, string? AssignedName);

public sealed record ThreadMessage(QuestionMessageKind Kind, string Text, string Author, DateTimeOffset WrittenAt);

public sealed record QuestionThread(int Id, int OrganisationId, string Organisation, string Subject, string Topic, QuestionStatus Status, DateTimeOffset AskedAt, Guid? AssignedStaffId, IReadOnlyList<ThreadMessage> Messages);

/// <summary>The reads of the question pages; every one projects in SQL.</summary>
internal static class QuestionQueries
{
    public static Task<List<TopicOption>> TopicsAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        db.QuestionTopics.AsNoTracking().Where(t => !t.IsRetired).OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
            .Select(t => new TopicOption(t.Id, t.Name)).ToListAsync(cancellationToken);

    public static Task<List<QuestionRow>> ListAsync(PortalDbContext db, int? organisationId, QuestionStatus? status, Guid? assignedTo, CancellationToken cancellationToken)
    {
        var questions = db.Questions.AsNoTracking();
        if (organisationId is { } organisation)
        {
            questions = questions.Where(q => q.OrganisationId == organisation);
        }

        if (status is { } wanted)
        {
            questions = questions.Where(q => q.Status == wanted);
        }

        if (assignedTo is { } staff)
        {
            questions = questions.Where(q => q.AssignedStaffId == staff);
        }

        return questions
            .OrderByDescending(q => q.LastActivityAt).ThenByDescending(q => q.Id)
            .Take(200)
            .Select(q => new QuestionRow(
                q.Id,
                q.Subject,
                db.QuestionTopics.Where(t => t.Id == q.TopicId).Select(t => t.Name).First(),
                db.Organisations.Where(o => o.Id == q.OrganisationId).Select(o => o.Name).First(),
                q.Status,
                q.AskedAt,
                q.LastActivityAt,
                q.AssignedStaffId,
                db.Users.Where(u => u.Id == q.AssignedStaffId).Select(u => u.DisplayName).FirstOrDefault()))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// One question with its thread; <paramref name="organisationId"/> restricts it to that
    /// organisation (null for staff), and internal notes only come along for staff.
    /// </summary>
    public static async Task<QuestionThread?> ThreadAsync(PortalDbContext db, int id, int? organisationId, CancellationToken cancellationToken)
    {
        var forStaff = organisationId is null;
        var question = await db.Questions.AsNoTracking()
            .Where(q => q.Id == id && (organisationId == null || q.OrganisationId == organisationId))
            .Select(q => new
            {
                q.Id,
                q.OrganisationId,
                Organisation = db.Organisations.Where(o => o.Id == q.OrganisationId).Select(o => o.Name).First(),
                q.Subject,
                Topic = db.QuestionTopics.Where(t => t.Id == q.TopicId).Select(t => t.Name).First(),
                q.Status,
                q.AskedAt,
                q.AssignedStaffId,
                Messages = q.Messages
                    .Where(m => forStaff || m.Kind != QuestionMessageKind.InternalNote)
                    .OrderBy(m => m.WrittenAt).ThenBy(m => m.Id)
                    .Select(m => new { m.Kind, m.Text, m.WrittenBy, m.WrittenAt })
                    .ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (question is null)
        {
            return null;
        }

        var authors = question.Messages.Select(m => m.WrittenBy).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => authors.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return new QuestionThread(
            question.Id,
            question.OrganisationId,
            question.Organisation,
            question.Subject,
            question.Topic,
            question.Status,
            question.AskedAt,
            question.AssignedStaffId,
            [.. question.Messages.Select(m => new ThreadMessage(m.Kind, m.Text, names.GetValueOrDefault(m.WrittenBy) ?? "?", m.WrittenAt))]);
    }

    /// <summary>Everyone who may handle a question: the Staff and Admin accounts.</summary>
    public static async Task<List<StaffOption>> StaffAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var rows = await (
            from user in db.Users.AsNoTracking()
            join userRole in db.UserRoles on user.Id equals userRole.UserId
            join role in db.Roles on userRole.RoleId equals role.Id
            where role.Name == PortalRoles.Staff || role.Name == PortalRoles.Admin
            select new { user.Id, user.DisplayName, user.Email })
            .ToListAsync(cancellationToken);
        return [.. rows.DistinctBy(r => r.Id).OrderBy(r => r.DisplayName, StringComparer.CurrentCulture).Select(r => new StaffOption(r.Id, r.DisplayName, r.Email))];
    }

    /// <summary>The members of an organisation with their address, for the "there is an answer" mail.</summary>
    public static async Task<List<(string Email, string Name, string Language)>> MembersAsync(PortalDbContext db, int organisationId, CancellationToken cancellationToken)
    {
        var members = await db.Organisations.AsNoTracking()
            .Where(o => o.Id == organisationId)
            .SelectMany(o => o.Members)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Email, u.DisplayName, u.PreferredLanguage })
            .Where(u => u.Email != null)
            .ToListAsync(cancellationToken);
        return [.. members.Select(m => (m.Email!, m.DisplayName, m.PreferredLanguage))];
    }
}

public sealed record StaffOption(Guid Id, string Name, string? Email);
