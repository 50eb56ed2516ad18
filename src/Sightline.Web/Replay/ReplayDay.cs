namespace Sightline.Web.Replay;

/// <summary>One day of a replay on which something was recorded or raised.</summary>
/// <param name="Day">Its number, counted from the scenario's day 0.</param>
/// <param name="Date">Its calendar date.</param>
/// <param name="Events">What the agencies recorded that day, in file order.</param>
/// <param name="Alerts">What the system would have raised that day, in the order raised.</param>
internal sealed record ReplayDay(int Day, DateOnly Date, IReadOnlyList<ReplayEventLine> Events, IReadOnlyList<ReplayAlertLine> Alerts);
