namespace Sightline.Core.Persons;

/// <summary>A person in a child's world, as first recorded.</summary>
public sealed record Person
{
    /// <summary>Identifier.</summary>
    public required PersonId Id { get; init; }

    /// <summary>Role in the family when first recorded; an unborn child becomes a child at birth.</summary>
    public required PersonRole Role { get; init; }

    /// <summary>Sex as recorded.</summary>
    public required Sex Sex { get; init; }

    /// <summary>Date of birth; null for an unborn child.</summary>
    public DateOnly? Born { get; init; }

    /// <summary>Due date of an unborn child.</summary>
    public DateOnly? Due { get; init; }

    /// <summary>The NHS number, when known.</summary>
    public NhsNumber? NhsNumber { get; init; }

    /// <summary>Name as recorded, when known.</summary>
    public string? Name { get; init; }

    /// <summary>The postcode of the person's address, when an agency sent one.</summary>
    public UkPostcode? Postcode { get; init; }

    /// <summary>Facts known before the case began.</summary>
    public IReadOnlyList<HistoryFact> History { get; init; } = [];

    /// <summary>A child's mobility at the start, when recorded.</summary>
    public Mobility? Mobility { get; init; }

    /// <summary>Whether a child born before the case began is registered with a GP.</summary>
    public bool GpRegistered { get; init; } = true;

    /// <summary>Where the person lives at the start.</summary>
    public string? LocalAuthority { get; init; }

    /// <summary>True for mothers, fathers, partners, grandparents and other adults.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsAdult => Role is not (PersonRole.Child or PersonRole.Unborn);
}
