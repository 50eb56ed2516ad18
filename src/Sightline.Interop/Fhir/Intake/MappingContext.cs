using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Intake;
using Sightline.Core.Persons;
using Sightline.Core.Relationships;

namespace Sightline.Interop.Fhir.Intake;

/// <summary>What the mappings of one transaction share: the sender, the entries, the issues, and what has been mapped so far.</summary>
internal sealed class MappingContext(AgencyId agency, BundleIndex index, IssueLog log)
{
    private readonly List<MappedPerson> persons = [];
    private readonly List<Relationship> relationships = [];
    private readonly List<MappedEvent> events = [];
    private readonly SortedDictionary<int, FhirEntryOutcome> outcomes = [];

    /// <summary>The sending agency: every event is recorded by it, and every person is its record.</summary>
    public AgencyId Agency { get; } = agency;

    public IssueLog Log { get; } = log;

    public IReadOnlyList<MappedPerson> Persons => persons;

    public IReadOnlyList<MappedEvent> Events => events;

    /// <summary>The Sightline id of the sender's record behind an entry.</summary>
    public PersonId PersonOf(BundleEntry entry) => AgencyRecord.PersonId(Agency, entry.LocalId);

    public void AddPerson(BundleEntry entry, Person person, string summary)
    {
        if (persons.Find(p => p.Person.Id == person.Id) is { } same)
        {
            Log.Error(FhirIssueType.Duplicate, $"{entry.Resource.Path}.id",
                $"'{entry.LocalId}' is also the id of the {same.Entry.ResourceType} of Bundle.entry[{same.Entry.Index}]: one id would make them one person's record, so give them different ids");
            return;
        }
        persons.Add(new MappedPerson(entry, person));
        outcomes[entry.Index] = new FhirEntryOutcome(entry.Index, entry.Key, true, summary);
    }

    public void AddRelationship(Relationship relationship) => relationships.Add(relationship);

    /// <summary>Adds the events of one entry, all about one patient.</summary>
    public void AddEvents(BundleEntry entry, PersonId patient, params (string DatePath, string SourceId, CaseEvent Event)[] mapped)
    {
        foreach (var (datePath, sourceId, caseEvent) in mapped)
        {
            events.Add(new MappedEvent(entry, datePath, patient, new SourcedEvent(new EventSource(Agency, sourceId), caseEvent)));
        }
        var what = string.Join("; ", mapped.Select(m => $"{m.Event.Kind} on {m.Event.Date:yyyy-MM-dd} (source id {m.SourceId})"));
        outcomes[entry.Index] = new FhirEntryOutcome(entry.Index, entry.Key, true, $"Recorded as {what}.");
    }

    /// <summary>Notes an entry that was read and checked but records nothing, and why.</summary>
    public void RecordNothing(BundleEntry entry, string why) =>
        outcomes[entry.Index] = new FhirEntryOutcome(entry.Index, entry.Key, false, $"Recorded nothing: {why}");

    /// <summary>
    /// The entry a reference element names, checked to be of <paramref name="type"/>; null (with an
    /// issue) when the element is missing and required, names nothing in the bundle, or names another type.
    /// </summary>
    public BundleEntry? Reference(FhirNode resource, string element, string type, bool required = true)
    {
        var node = resource.Object(element, required);
        if (node is not { } reference)
        {
            return null;
        }
        var target = reference.String("reference");
        if (target is null)
        {
            if (!reference.Has("reference"))
            {
                Log.Error(FhirIssueType.Required, $"{reference.Path}.reference", reference.Has("identifier")
                    ? "a reference by identifier alone cannot be resolved: give reference, naming an entry of this bundle"
                    : "is required: name an entry of this bundle");
            }
            return null;
        }
        if (target.StartsWith('#'))
        {
            Log.Error(FhirIssueType.NotSupported, reference.Path, $"'{target}' is a contained resource, which Sightline does not read: send the {type} as an entry of the bundle");
            return null;
        }
        var entry = index.Resolve(target);
        if (entry is null)
        {
            Log.Error(FhirIssueType.NotFound, reference.Path, $"'{target}' does not resolve to an entry of this bundle: send the {type} in the same bundle");
            return null;
        }
        if (entry.ResourceType != type)
        {
            Log.Error(FhirIssueType.Value, reference.Path, $"must refer to a {type}, but '{target}' is the {entry.ResourceType} of Bundle.entry[{entry.Index}]");
            return null;
        }
        return entry;
    }

    /// <summary>The batch: persons as sent, relationships, and events by date (same-day events in bundle order).</summary>
    public IntakeBatch ToBatch() => new()
    {
        Persons = [.. persons.Select(p => p.Person)],
        Relationships = [.. relationships],
        Events = [.. events.Select((e, i) => (e, i)).OrderBy(p => p.e.Event.Event.Date).ThenBy(p => p.e.Entry.Index).ThenBy(p => p.i).Select(p => p.e.Event)],
    };

    /// <summary>What each entry became, in bundle order.</summary>
    public IReadOnlyList<FhirEntryOutcome> Outcomes => [.. outcomes.Values];
}
