using Sightline.Storage.Access;

namespace Sightline.Storage.Tests;

/// <summary>The one rule for a break-glass reason, shared by the site's form and the grant: at least a sentence.</summary>
public sealed class BreakGlassReasonTests
{
    [Theory]
    [InlineData("Child brought to A&E with a head injury overnight.")]
    [InlineData("  Need the plan history now.  ")]
    [InlineData("Out of hours: police ask about the household")]
    public void A_sentence_is_acceptable(string reason) => Assert.True(BreakGlassReason.IsAcceptable(reason));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("urgent")]
    [InlineData("need to see it now")]
    [InlineData("safeguarding-concern-urgent-now")]
    [InlineData("emergency emergency")]
    [InlineData("... ... ... ... ... ... ... ...")]
    [InlineData("                         a b c")]
    public void Less_than_a_sentence_is_not(string? reason) => Assert.False(BreakGlassReason.IsAcceptable(reason));

    [Fact]
    public void An_essay_is_not_a_reason() =>
        Assert.False(BreakGlassReason.IsAcceptable(string.Join(' ', Enumerable.Repeat("reason", 400))));
}
