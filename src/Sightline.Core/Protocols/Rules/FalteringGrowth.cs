using Sightline.Core.Agencies;
using Sightline.Core.Cases;
using Sightline.Core.Events;
using Sightline.Core.Persons;

namespace Sightline.Core.Protocols.Rules;

/// <summary>A baby's weight falling two or more centile spaces below the highest recorded.</summary>
public sealed class FalteringGrowth : ProtocolRule
{
    /// <inheritdoc/>
    public override RuleDescription Description { get; } = new(
        "faltering-growth",
        "Faltering growth",
        "A weight centile that has fallen two or more centile spaces below the child's highest recorded (centile lines sit two-thirds of a standard deviation apart: spaces = 1.5 × (z(highest) − z(current))). Raised again only on a further fall.",
        "Health visiting and GP.",
        "Review feeding and weight within days, involve the GP, and consider neglect where other concerns exist.",
        "RS (Sandwell): \"There were concerns about RS' weight gain\". Lily and Bobby (Cumberland): \"parental vulnerabilities, medical conditions, feeding issues ... may have on harm to babies and young infants\".",
        "NICE NG75 Faltering growth (2017): a fall across two or more centile spaces.",
        ["FalteringGrowthCentileSpaces"]);

    /// <inheritdoc/>
    public override IReadOnlyCollection<Type> ReactsTo { get; } = [typeof(Growth)];

    /// <inheritdoc/>
    public override IEnumerable<Decision> OnEvent(RuleContext context, RecordedEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(recorded);
        if (recorded.Event is not Growth growth)
        {
            yield break;
        }
        foreach (var child in growth.Subjects.Where(context.State.IsChild))
        {
            if (Falls(context, child, recorded.Sequence) is { } fall)
            {
                var notify = ChildsAgencies(context, child, AgencyKind.HealthVisiting, AgencyKind.Gp);
                yield return new Decision.Raise(Raise(context, [child], notify, context.Due(Calendar.Timescale.WorkingDays(5), growth.Date),
                    $"Weight has fallen from the {fall.Highest:0.##}th to the {growth.Centile:0.##}th centile ({fall.Spaces:0.0} centile spaces). Review feeding and weight with the GP.",
                    KeyOf(recorded.Id, child)));
            }
        }
    }

    /// <summary>Replays the child's measurements to decide whether the one at <paramref name="sequence"/> raises.</summary>
    private static (double Highest, double Spaces)? Falls(RuleContext context, PersonId child, int sequence)
    {
        var highest = double.MinValue;
        double? lastRaisedAt = null;
        (double, double)? result = null;
        foreach (var (recorded, growth) in CaseFacts.EventsAbout<Growth>(context.State, child))
        {
            highest = Math.Max(highest, growth.Centile);
            var spaces = Centiles.SpacesFallen(highest, growth.Centile);
            var raises = spaces >= context.Settings.FalteringGrowthCentileSpaces && (lastRaisedAt is not { } last || growth.Centile < last);
            if (raises)
            {
                lastRaisedAt = growth.Centile;
            }
            if (recorded.Sequence == sequence)
            {
                result = raises ? (highest, spaces) : null;
            }
        }
        return result;
    }
}
