using System.Text.Json;
using Sightline.Core.Events;

namespace Sightline.Interop.Scenarios;

/// <summary>Checks <c>events</c>: the common fields, each kind's own fields, and the order of days.</summary>
internal sealed class EventListChecker(CheckContext context)
{
    public void Check(string path, JsonElement events)
    {
        if (!context.IsList(path, events))
        {
            return;
        }
        var consistency = new EventConsistencyChecker(context);
        int? lastDay = null;
        var i = 0;
        foreach (var caseEvent in events.EnumerateArray())
        {
            var eventPath = JsonPath.Index(path, i++);
            if (context.IsObject(eventPath, caseEvent))
            {
                lastDay = CheckEvent(eventPath, caseEvent, lastDay, consistency);
            }
        }
    }

    /// <summary>Checks one event and returns the day that the next event must not precede.</summary>
    private int? CheckEvent(string path, JsonElement caseEvent, int? lastDay, EventConsistencyChecker consistency)
    {
        var hasKind = caseEvent.TryGetProperty("kind", out var kindValue);
        var kind = hasKind && kindValue.ValueKind == JsonValueKind.String ? kindValue.GetString()! : null;
        var fields = kind is null ? null : EventFields.For(kind);
        context.RequireFields(path, caseEvent, EventFields.RequiredCommon);
        if (hasKind && fields is null)
        {
            context.Problem(JsonPath.Property(path, "kind"), $"{JsonValueText.Show(kindValue)} is not one of {JsonValueText.List(EventKinds.All)}");
        }
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
        if (caseEvent.TryGetProperty("subjects", out var subjects))
        {
            var subjectsPath = JsonPath.Property(path, "subjects");
            context.Values.Check(subjectsPath, subjects, ValueRule.Persons);
            if (subjects.ValueKind == JsonValueKind.Array && subjects.GetArrayLength() == 0)
            {
                context.Problem(subjectsPath, "must name at least one person");
            }
        }
        context.CheckIfPresent(path, caseEvent, "note", ValueRule.Text);
        // The fields of an unknown kind cannot be judged: the kind itself is the problem.
        if (kind is null || fields is null)
        {
            return lastDay;
        }
        context.RejectUnknownFields(path, caseEvent, EventFields.Common.Concat(fields.Select(f => f.Name)));
        foreach (var field in fields)
        {
            if (caseEvent.TryGetProperty(field.Name, out var value))
            {
                context.Values.Check(JsonPath.Property(path, field.Name), value, field.Value);
            }
            else if (field.Required)
            {
                context.Problem(path, $"a {kind} event needs {JsonValueText.Quote(field.Name)}");
            }
        }
        consistency.Check(path, caseEvent, kind, day);
        return lastDay;
    }
}
