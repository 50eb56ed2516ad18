namespace Sightline.Linkage;

/// <summary>
/// A blocking rule: two records become a candidate pair when every key agrees. A key is a
/// column name, optionally with a transform: <c>surname:phonetic</c>, <c>dob:prefix:4</c>,
/// <c>postcode:suffix:3</c>, <c>postcode:district</c>. Values are folded as text first.
/// </summary>
/// <param name="Name">The rule's name in the blocking report.</param>
/// <param name="Keys">The keys that must all agree (and all be present).</param>
public sealed record BlockingRule(string Name, IReadOnlyList<string> Keys);
