namespace Sightline.Linkage.Blocking;

/// <summary>What one blocking rule yielded.</summary>
/// <param name="Rule">The rule's name.</param>
/// <param name="Pairs">Every pair the rule yields on its own.</param>
/// <param name="NewPairs">Pairs no earlier rule had yielded: the rule's share of the union.</param>
public sealed record BlockingRuleCount(string Rule, long Pairs, long NewPairs);
