using System.Globalization;
using Sightline.Core.Agencies;
using Sightline.Core.Cases;
using Sightline.Core.Persons;

namespace Sightline.Core.Protocols;

/// <summary>
/// One protocol rule: a pure decision over the case state, the incoming event and the day. It
/// neither knows nor cares whether it runs live or in a replay.
/// </summary>
public abstract class ProtocolRule
{
    /// <summary>The rule in words.</summary>
    public abstract RuleDescription Description { get; }

    /// <summary>The fixed id.</summary>
    public string Id => Description.Id;

    /// <summary>
    /// The kinds of event (types deriving from <see cref="Events.CaseEvent"/>) on which
    /// <see cref="OnEvent"/> can decide anything; null, the default, for every kind. The engine
    /// calls <see cref="OnEvent"/> only for events of these kinds (or deriving from them), so a rule
    /// that lists kinds must list every kind that can raise one of its alerts or open one of its
    /// clocks. It saves the engine asking 27 rules about every event when most react to one kind.
    /// </summary>
    public virtual IReadOnlyCollection<Type>? ReactsTo => null;

    /// <summary>Decides on an event just applied to the state. Alerts an event itself triggers are raised here.</summary>
    public virtual IEnumerable<Decision> OnEvent(RuleContext context, RecordedEvent recorded) => [];

    /// <summary>Decides at the end of a day on which events happened: checks that something has not happened.</summary>
    public virtual IEnumerable<Decision> AtEndOfDay(RuleContext context) => [];

    /// <summary>Whether an obligation this rule opened is still open, met or lapsed.</summary>
    public virtual ObligationStatus StatusOf(RuleContext context, Obligation obligation) => ObligationStatus.Open;

    /// <summary>The alert for an obligation still open at the end of its due day.</summary>
    public virtual Alert Overdue(RuleContext context, Obligation obligation) =>
        throw new InvalidOperationException($"{Id} opens no obligations.");

    /// <summary>Whether this rule already raised the alert with this key in the run (see <see cref="RuleContext.HasRaised"/>).</summary>
    protected bool HasRaised(RuleContext context, string key)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.HasRaised(Id, key);
    }

    /// <summary>Whether this rule's clock with this key is open or its alert raised in the run (see <see cref="RuleContext.IsOpenOrRaised"/>).</summary>
    protected bool IsOpenOrRaised(RuleContext context, string key)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.IsOpenOrRaised(Id, key);
    }

    /// <summary>Builds an alert of this rule.</summary>
    protected Alert Raise(RuleContext context, IEnumerable<PersonId> subjects, IEnumerable<AgencyId> notify, DateOnly? due, string message, string key)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new Alert
        {
            Rule = Id,
            RaisedOn = context.Today,
            Subjects = subjects.Distinct().ToList(),
            Notify = notify.Distinct().ToList(),
            Due = due,
            Message = message,
            Key = key,
        };
    }

    /// <summary>The ids of the child's agencies of these kinds, in the order of the kinds.</summary>
    protected static IEnumerable<AgencyId> ChildsAgencies(RuleContext context, PersonId child, params AgencyKind[] kinds)
    {
        ArgumentNullException.ThrowIfNull(context);
        return kinds.SelectMany(k => context.State.ChildsAgencies(child, k)).Select(a => a.Id);
    }

    /// <summary>The ids of an area's agencies of a kind.</summary>
    protected static IEnumerable<AgencyId> AreaAgencies(RuleContext context, string? area, AgencyKind kind)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.State.AgenciesIn(area, kind).Select(a => a.Id);
    }

    /// <summary>A date as people write it: 2 Oct 2019.</summary>
    protected static string Show(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A person's name where recorded, else their id.</summary>
    protected static string NameOf(RuleContext context, PersonId person)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.State.PersonOf(person).Name ?? person.Value;
    }

    /// <summary>A person with their role: "Dean Smith (father)", or "the father" where no name is recorded.</summary>
    protected static string Describe(RuleContext context, PersonId person)
    {
        ArgumentNullException.ThrowIfNull(context);
        var role = Vocabulary.Wire.Name(context.State.RoleOf(person)).Replace('-', ' ');
        return context.State.PersonOf(person).Name is { } name ? $"{name} ({role})" : $"the {role}";
    }

    /// <summary>A timescale as a span of time: "10 working days".</summary>
    protected static string Span(Calendar.Timescale timescale)
    {
        ArgumentNullException.ThrowIfNull(timescale);
        return timescale.ToString().Replace("within ", "", StringComparison.Ordinal);
    }

    /// <summary>An agency's name.</summary>
    protected static string AgencyName(RuleContext context, AgencyId agency)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.State.AgencyOf(agency).Name;
    }

    /// <summary>A stable key from parts: dates as yyyy-MM-dd, ids as their values, joined by '|'.</summary>
    protected static string KeyOf(params ReadOnlySpan<object?> parts)
    {
        // Keys are built on every event by rules that re-check standing conditions, so without LINQ.
        var text = new string[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            text[i] = parts[i] switch
            {
                DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                PersonId person => person.Value,
                AgencyId agency => agency.Value,
                null => "",
                var p => Convert.ToString(p, CultureInfo.InvariantCulture) ?? "",
            };
        }
        return string.Join('|', text);
    }
}
