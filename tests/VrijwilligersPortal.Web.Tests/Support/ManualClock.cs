namespace VrijwilligersPortal.Web.Tests.Support;

/// <summary>A clock tests can set and move (Microsoft.Extensions.TimeProvider.Testing is not on our mirror).</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;

    public void Set(DateTimeOffset now) => _now = now;
}
