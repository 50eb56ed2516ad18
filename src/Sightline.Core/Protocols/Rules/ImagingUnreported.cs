using Sightline.Core.Agencies;
using Sightline.Core.Cases;
using Sightline.Core.Events;

namespace Sightline.Core.Protocols.Rules;

/// <summary>A skeletal survey whose formal report has not reached the clinicians.</summary>
public sealed class ImagingUnreported : ProtocolRule
{
    /// <inheritdoc/>
    public override RuleDescription Description { get; } = new(
        "imaging-unreported",
        "Skeletal survey not reported",
        "A skeletal survey performed without its formal report, and no report issued within 2 working days.",
        "Radiology; hospital paediatrics; children's social care.",
        "Radiology issues the formal report to the paediatrician and children's social care at once.",
        "Lily and Bobby (Cumberland): \"the original skeletal survey had not been appropriately reported and healing fractures of both children were discovered\" — \"review and communicate the Standard Operating Procedures between radiology and Paediatrics\".",
        "Royal College of Radiologists and RCPCH, 'The radiological investigation of suspected physical abuse in children' (2017, revised 2018).",
        ["ImagingReport"]);

    /// <inheritdoc/>
    public override IReadOnlyCollection<Type> ReactsTo { get; } = [typeof(Imaging)];

    /// <inheritdoc/>
    public override IEnumerable<Decision> OnEvent(RuleContext context, RecordedEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(recorded);
        if (recorded.Event is not Imaging { Study: ImagingStudy.SkeletalSurvey, Reported: false } imaging)
        {
            yield break;
        }
        foreach (var child in imaging.Subjects.Where(context.State.IsChild))
        {
            yield return new Decision.Open(new Obligation
            {
                Rule = Id,
                Key = KeyOf(recorded.Id, child),
                Subjects = [child],
                OpenedOn = imaging.Date,
                DueOn = context.Due(context.Settings.ImagingReport, imaging.Date),
                OpenedBy = recorded.Sequence,
                Agency = imaging.Agency,
            });
        }
    }

    /// <inheritdoc/>
    public override ObligationStatus StatusOf(RuleContext context, Obligation obligation)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(obligation);
        var reported = CaseFacts.AnyAboutSince<ImagingReported>(context.State, obligation.Subjects[0], obligation.OpenedBy,
            r => r.Study == ImagingStudy.SkeletalSurvey);
        return reported ? ObligationStatus.Met : ObligationStatus.Open;
    }

    /// <inheritdoc/>
    public override Alert Overdue(RuleContext context, Obligation obligation)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(obligation);
        var child = obligation.Subjects[0];
        var notify = new[] { obligation.Agency!.Value }
            .Concat(ChildsAgencies(context, child, AgencyKind.Radiology, AgencyKind.HospitalPaediatrics, AgencyKind.ChildrensSocialCare));
        return Raise(context, [child], notify, context.Today,
            $"The skeletal survey of {Show(obligation.OpenedOn)} has no formal report {Span(context.Settings.ImagingReport)} later. Issue the report to the paediatrician and children's social care now.",
            obligation.Key);
    }
}
