using Sightline.Core.Persons;

namespace Sightline.Demo.Families;

/// <summary>A person in a generated family, with what the generator knows beyond the first record (a baby's actual birthday).</summary>
internal sealed class Member
{
    public Member(PersonId id, PersonRole role, Sex sex, string name)
    {
        Id = id;
        Role = role;
        Sex = sex;
        Name = name;
        AsSubjects = [id];
    }

    public PersonId Id { get; }

    /// <summary>The role when first recorded: a baby born during the history starts as unborn.</summary>
    public PersonRole Role { get; }

    public Sex Sex { get; }

    public string Name { get; set; }

    public NhsNumber? NhsNumber { get; set; }

    /// <summary>The actual birthday; null for a baby not born by the end of the history.</summary>
    public DateOnly? DateOfBirth { get; set; }

    /// <summary>The due date of a baby who starts as unborn.</summary>
    public DateOnly? Due { get; set; }

    /// <summary>Mobility recorded before the history began (older children).</summary>
    public Mobility? MobilityAtStart { get; set; }

    /// <summary>False for a child born before the history who was never registered with a GP.</summary>
    public bool GpRegistered { get; set; } = true;

    public List<HistoryFact> History { get; } = [];

    /// <summary>A one-person subject list, shared by every event about this person alone.</summary>
    public IReadOnlyList<PersonId> AsSubjects { get; }

    /// <summary>Born on or before <paramref name="day"/>.</summary>
    public bool IsBornBy(DateOnly day) => DateOfBirth is { } born && born <= day;

    /// <summary>Age in whole days on <paramref name="day"/> (negative before birth).</summary>
    public int AgeInDays(DateOnly day) => DateOfBirth is { } born ? day.DayNumber - born.DayNumber : -1;

    /// <summary>The first record of this person, as an agency would send it.</summary>
    public Person ToPerson(string localAuthority) => new()
    {
        Id = Id,
        Role = Role,
        Sex = Sex,
        Born = Role == PersonRole.Unborn ? null : DateOfBirth,
        Due = Role == PersonRole.Unborn ? Due : null,
        NhsNumber = NhsNumber,
        Name = Name,
        History = History,
        Mobility = MobilityAtStart,
        GpRegistered = GpRegistered,
        LocalAuthority = localAuthority,
    };
}
