using System.Text.Json;
using Sightline.Interop.Checking;

namespace Sightline.Interop.Scenarios;

/// <summary>Checks <c>events</c>: the common fields, each kind's own fields, and the order of days.</summary>
internal sealed class EventListChecker(CheckContext context)
{
    /// <summary>Fields every scenario event may carry; all but <c>note</c> are required.</summary>
    private static readonly string[] Common = ["day", "agency", "kind", "subjects", "note"];

    private static readonly string[] RequiredCommon = ["day", "agency", "kind", "subjects"];

    public void Check(JsonPath path, JsonElement events)
    {
        if (!context.IsList(path, events))
        {
            return;
        }
        var kinds = new EventKindChecker(context);
        int? lastDay = null;
        var i = 0;
        foreach (var caseEvent in events.EnumerateArray())
        {
            var eventPath = JsonPath.Index(path, i++);
            if (context.IsObject(eventPath, caseEvent))
            {
                lastDay = CheckEvent(eventPath, caseEvent, lastDay, kinds);
            }
        }
    }

    /// <summary>Checks one event and returns the day that the next event must not precede.</summary>
    private int? CheckEvent(JsonPath path, JsonElement caseEvent, int? lastDay, EventKindChecker kinds)
    {
        context.RequireFields(path, caseEvent, RequiredCommon);
        var (kind, fields) = kinds.KindOf(path, caseEvent);
        int? day = null;
        if (caseEvent.TryGetProperty("day", out var dayValue))
        {
            var dayPath = JsonPath.Property(path, "day");
            context.Values.Check(dayPath, dayValue, ValueRule.Day);
            if (ValueChecker.IsWholeNumber(dayValue, out var whole))
            {
                day = whole;
                if (whole < lastDay)
                {
                    context.Problem(dayPath, $"events are not sorted by day ({whole} comes after {lastDay})");
                }
                lastDay = whole;
            }
        }
        context.CheckIfPresent(path, caseEvent, "agency", ValueRule.Agency);
        kinds.CheckSubjectsAndNote(path, caseEvent);
        // The fields of an unknown kind cannot be judged: the kind itself is the problem.
        if (kind is not null && fields is not null)
        {
            kinds.CheckFields(path, caseEvent, kind, fields, Common, day);
        }
        return lastDay;
    }
}
