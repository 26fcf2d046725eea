namespace VrijwilligersPortal.Domain.Volunteers;

/// <summary>A vacancy a volunteer saved to look at later (favoriet).</summary>
public sealed class Favourite
{
    private Favourite()
    {
    }

    public Favourite(int volunteerId, int vacancyId, DateTimeOffset at)
    {
        VolunteerId = volunteerId;
        VacancyId = vacancyId;
        SavedAt = at;
    }

    public int Id { get; private set; }

    public int VolunteerId { get; private set; }

    public int VacancyId { get; private set; }

    public DateTimeOffset SavedAt { get; private set; }
}
