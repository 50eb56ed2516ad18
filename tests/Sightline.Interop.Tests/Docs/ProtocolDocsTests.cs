using Sightline.Core.Protocols;
using Sightline.Interop.Docs;

namespace Sightline.Interop.Tests.Docs;

public class ProtocolDocsTests
{
    [Fact]
    public void The_protocols_page_is_what_the_rules_say()
    {
        var expected = ProtocolDocs.Markdown(RuleCatalog.All, ProtocolSettings.Default);
        var file = Path.Combine(Repository.Root(), "docs", "protocols.md");

        Assert.True(expected == File.ReadAllText(file), "docs/protocols.md is out of date: run `./sightline rules --markdown > docs/protocols.md`.");
    }

    [Fact]
    public void Every_rule_has_a_section_with_its_learning()
    {
        var page = ProtocolDocs.Markdown(RuleCatalog.All, ProtocolSettings.Default);

        foreach (var rule in RuleCatalog.All)
        {
            Assert.Contains($"## {rule.Id}", page, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(rule.Description.Learning), $"{rule.Id} cites no learning.");
            Assert.False(string.IsNullOrWhiteSpace(rule.Description.Guidance), $"{rule.Id} cites no guidance.");
        }
    }
}
