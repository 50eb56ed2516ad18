using Sightline.Core.Events;
using Sightline.Storage;
using Sightline.Storage.Protocols;
using Sightline.Web.Presentation;

namespace Sightline.Web.Figures;

/// <summary>Aggregate counts over every stored child: how many, on which plans, with alerts. Nothing per person leaves here.</summary>
internal sealed class PartnershipFigures(SightlineStore store, SightlineAlerts alerts)
{
    public async Task<FigureSet> ReadAsync(CancellationToken cancellationToken)
    {
        var children = await store.CountChildrenAsync(cancellationToken);
        var summaries = (await alerts.SummariesAsync(cancellationToken)).Values.ToList();
        var rows = new List<Figure> { new("Children recorded, born or unborn", children) };
        rows.AddRange(Enum.GetValues<PlanType>().Select(plan => new Figure(
            $"Children with an active {Words.Plan(plan)} plan",
            summaries.Count(s => s.Plans.Any(p => p.Plan == plan)))));
        rows.Add(new Figure("Children named in at least one alert", summaries.Count(s => s.Alerts > 0)));
        rows.Add(new Figure("Alerts raised", await alerts.CountAsync(cancellationToken)));
        return new FigureSet(rows);
    }
}
