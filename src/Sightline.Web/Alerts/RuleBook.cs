using Sightline.Core.Protocols;

namespace Sightline.Web.Alerts;

/// <summary>The rules the live protocols run, looked up by id for the words a page shows about an alert.</summary>
internal sealed class RuleBook(ProtocolEngine engine)
{
    private readonly Dictionary<string, RuleDescription> byId =
        engine.Rules.ToDictionary(r => r.Id, r => r.Description, StringComparer.Ordinal);

    /// <summary>Every rule, in the engine's order.</summary>
    public IReadOnlyList<RuleDescription> All { get; } = engine.Rules.Select(r => r.Description).ToList();

    /// <summary>A rule's title; its id for a rule this engine does not run (an alert raised under another policy).</summary>
    public string Title(string rule) => byId.TryGetValue(rule, out var d) ? d.Title : rule;

    /// <summary>What a rule says must happen next; empty for an unknown rule.</summary>
    public string NextStep(string rule) => byId.TryGetValue(rule, out var d) ? d.NextStep : "";
}
