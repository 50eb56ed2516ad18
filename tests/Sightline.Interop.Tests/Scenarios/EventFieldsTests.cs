using Sightline.Core.Events;
using Sightline.Interop.Checking;
using Sightline.Interop.Scenarios;

namespace Sightline.Interop.Tests.Scenarios;

public class EventFieldsTests
{
    [Fact]
    public void Every_core_event_kind_has_a_field_table()
    {
        Assert.Equal(EventKinds.All.Order(StringComparer.Ordinal), EventFields.Kinds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_rule_ids_are_the_twenty_seven_of_the_format()
    {
        Assert.Equal(27, ScenarioVocabulary.Rules.Distinct(StringComparer.Ordinal).Count());
    }
}
