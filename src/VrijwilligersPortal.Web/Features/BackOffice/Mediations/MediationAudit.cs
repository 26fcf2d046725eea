namespace VrijwilligersPortal.Web.Features.BackOffice.Mediations;

/// <summary>
/// Every view and change of a case's notes and support needs goes through here (issue 7, "Privacy
/// and audit"). One seam so that the centre's audit log can take over without touching the
/// mediation pages: see <see cref="InRequestMediationAudit"/>.
/// </summary>
public interface IMediationAudit
{
    Task RecordAsync(Guid staffUserId, string action, int mediationId);
}

/// <summary>The actions this feature records; stable strings, because audit filters use them.</summary>
public static class MediationAuditActions
{
    public const string NotesViewed = "mediation.notes.viewed";
    public const string NoteAdded = "mediation.note.added";
    public const string SupportNeedsViewed = "mediation.support-needs.viewed";
    public const string SupportNeedsChanged = "mediation.support-needs.changed";
}

/// <summary>
/// TEMPORARY until the back office's audit log is merged: keeps the entries of the current request
/// in memory (registered scoped), so nothing is persisted twice. The integrator replaces the body
/// of <see cref="RecordAsync"/> with a call to the AuditLog recording API (who = staffUserId,
/// what = action, which = "Mediation" + mediationId, when = TimeProvider) and keeps the
/// registration in ServiceRegistration. Tests swap in a recording double.
/// </summary>
public sealed class InRequestMediationAudit : IMediationAudit
{
    private readonly List<(Guid StaffUserId, string Action, int MediationId)> _entries = [];

    public IReadOnlyList<(Guid StaffUserId, string Action, int MediationId)> Entries => _entries;

    public Task RecordAsync(Guid staffUserId, string action, int mediationId)
    {
        _entries.Add((staffUserId, action, mediationId));
        return Task.CompletedTask;
    }
}
