using Sightline.Core.Agencies;
using Sightline.Core.Cases;
using Sightline.Core.Events;

namespace Sightline.Core.Protocols.Rules;

/// <summary>Any injury to a child who is not independently mobile, whatever the explanation.</summary>
public sealed class BruisingNonMobile : ProtocolRule
{
    /// <inheritdoc/>
    public override RuleDescription Description { get; } = new(
        "bruising-non-mobile",
        "Injury to a non-mobile baby",
        "An injury (bruise, fracture, burn, head injury, bite or other) to a child who is not independently mobile that day — recorded as non-mobile or rolling, or with no recorded mobility and under 183 days old — whatever the explanation given.",
        "The observing agency; children's social care of the child's area (and hospital paediatrics where the partnership asks for a paediatric assessment first).",
        "Referral to children's social care and a strategy discussion within 1 working day; a child protection medical; siblings considered.",
        "RS (Sandwell): \"Two weeks before the serious incident, RS was taken to a health clinic with a fading bruise. Mother's explanation was accepted and safeguarding advice was not sought\" — \"Bruising on non mobile babies, no matter how minor, should always be treated seriously\". Baby R (Bexley): a bruising protocol \"highlighting importance of the need for full investigation even when explanation has been provided\". Lily and Bobby (Cumberland): adhere to \"Bruising in Babies and Children\".",
        "Child Safeguarding Practice Review Panel, 'The Myth of Invisible Men' (2021) and its 2022 position on bruising in non-mobile infants; local bruising protocols for pre-mobile babies; Working Together to Safeguard Children.",
        ["BruisingResponse", "BruisingNextStep", "NonMobileBelowAgeDays"]);

    /// <inheritdoc/>
    public override IReadOnlyCollection<Type> ReactsTo { get; } = [typeof(Injury)];

    /// <inheritdoc/>
    public override IEnumerable<Decision> OnEvent(RuleContext context, RecordedEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(recorded);
        if (recorded.Event is not Injury injury)
        {
            yield break;
        }
        var settings = context.Settings;
        foreach (var child in injury.Subjects.Where(s => CaseFacts.IsNotIndependentlyMobile(context.State, s, injury.Date, settings)))
        {
            var due = context.Due(settings.BruisingNextStep, injury.Date);
            var notify = new List<AgencyId> { injury.Agency };
            notify.AddRange(ChildsAgencies(context, child, AgencyKind.ChildrensSocialCare));
            var step = settings.BruisingResponse == BruisingResponse.ReferToChildrensSocialCare
                ? $"Refer to children's social care and hold a strategy discussion by {Show(due)}; arrange a child protection medical and consider siblings."
                : $"Arrange examination by a paediatrician and a multi-agency discussion by {Show(due)}, telling children's social care; consider siblings.";
            if (settings.BruisingResponse == BruisingResponse.PaediatricAssessmentFirst)
            {
                notify.AddRange(ChildsAgencies(context, child, AgencyKind.HospitalPaediatrics));
            }
            var explanation = injury.Explanation is { } e ? $" (explanation given: {e})" : "";
            var what = injury.Type == InjuryType.Bruise ? "Bruise" : $"Injury ({Vocabulary.Wire.Name(injury.Type)})";
            yield return new Decision.Raise(Raise(context, [child], notify, due,
                $"{what} on a non-mobile {CaseFacts.AgeInWords(context.State, child, injury.Date)}{explanation}. {step}",
                KeyOf(recorded.Id, child)));
        }
    }
}
