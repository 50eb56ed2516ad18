using System.Text.Json;
using Sightline.Core.Events;

namespace Sightline.Interop.Checking;

/// <summary>
/// The checks of one event that every dialect makes alike: its kind, its subjects and note, the
/// kind's own fields from <see cref="EventFields"/>, and the consistency checks. The dialect's
/// reader checks its common fields (day or date, agency or source id) around these.
/// </summary>
internal sealed class EventKindChecker(CheckContext context)
{
    private readonly EventConsistencyChecker consistency = new(context);

    /// <summary>The event's kind and its field table, or nulls; an unknown kind is reported here.</summary>
    public (string? Kind, IReadOnlyList<FieldRule>? Fields) KindOf(JsonPath path, JsonElement caseEvent)
    {
        var hasKind = caseEvent.TryGetProperty("kind", out var kindValue);
        var kind = hasKind && kindValue.ValueKind == JsonValueKind.String ? kindValue.GetString()! : null;
        var fields = kind is null ? null : EventFields.For(kind);
        if (hasKind && fields is null)
        {
            context.Problem(JsonPath.Property(path, "kind"), $"{JsonValueText.Show(kindValue)} is not one of {JsonValueText.List(EventKinds.All)}");
        }
        return (kind, fields);
    }

    /// <summary>Checks <c>subjects</c> (when present: a missing one is the dialect's required field) and <c>note</c>.</summary>
    public void CheckSubjectsAndNote(JsonPath path, JsonElement caseEvent)
    {
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
    }

    /// <summary>
    /// Checks the fields of a known kind: nothing beyond <paramref name="common"/> and the kind's
    /// own, each of those valid, the required ones present; then the consistency checks.
    /// </summary>
    /// <param name="path">Where the event is.</param>
    /// <param name="caseEvent">The event object.</param>
    /// <param name="kind">Its kind, from <see cref="KindOf"/>.</param>
    /// <param name="fields">The kind's field table.</param>
    /// <param name="common">The fields the dialect gives every event.</param>
    /// <param name="day">The event's day in a whole story, for the checks that match births and replies.</param>
    public void CheckFields(JsonPath path, JsonElement caseEvent, string kind, IReadOnlyList<FieldRule> fields, IEnumerable<string> common, int? day)
    {
        context.RejectUnknownFields(path, caseEvent, common.Concat(fields.Select(f => f.Name)));
        foreach (var field in fields)
        {
            if (caseEvent.TryGetProperty(field.Name, out var value))
            {
                context.Values.Check(JsonPath.Property(path, field.Name), value, field.Value);
            }
            else if (field.Required)
            {
                context.Log.AddMissing(path, field.Name, $"{ValueChecker.Article(kind)} {kind} event needs {JsonValueText.Quote(field.Name)}");
            }
        }
        consistency.Check(path, caseEvent, kind, day);
    }
}
