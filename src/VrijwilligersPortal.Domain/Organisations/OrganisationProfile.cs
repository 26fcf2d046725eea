namespace VrijwilligersPortal.Domain.Organisations;

/// <summary>The descriptive details of an organisation, as its members enter them.</summary>
public sealed record OrganisationProfile
{
    public required string Name { get; init; }

    public required OrganisationKind Kind { get; init; }

    /// <summary>Company registration number, digits only, optional: a KvK number (8 digits) or a Belgian ondernemingsnummer (10).</summary>
    public string? CompanyNumber { get; init; }

    public string? Street { get; init; }

    public required string Postcode { get; init; }

    public required string Place { get; init; }

    public string? Website { get; init; }

    public required string Description { get; init; }

    public required string ContactName { get; init; }

    public required string ContactEmail { get; init; }

    public string? ContactPhone { get; init; }
}
