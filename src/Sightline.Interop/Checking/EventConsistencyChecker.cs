using System.Collections.Frozen;
using System.Text.Json;
using Sightline.Core.Events;
using Sightline.Core.Persons;
using Sightline.Core.Vocabulary;

namespace Sightline.Interop.Checking;

/// <summary>
/// Checks what a typo would otherwise hide across events: who an event may be about, births
/// before what needs a born child, replies that answer no share, attendance without invitation.
/// In a whole story (a scenario) it remembers the shares and births seen so far, so events are
/// given to it in file order; an intake batch is part of a record whose births and shares may
/// have come earlier, so there only each event's own consistency is checked.
/// </summary>
internal sealed class EventConsistencyChecker(CheckContext context)
{
    // Kinds about a child, and kinds that cannot be about an unborn child before its `born`
    // event (an unborn child becomes a child only by that event).
    private static readonly FrozenSet<string> ChildKinds = FrozenSet.Create(StringComparer.Ordinal, "development", "gp-registered");

    private static readonly FrozenSet<string> NotBeforeBirthKinds =
        FrozenSet.Create(StringComparer.Ordinal, "development", "gp-registered", "growth", "injury");

    private static readonly FrozenSet<string> CategoryPlans = FrozenSet.Create(
        StringComparer.Ordinal, Wire.Name(PlanType.ChildProtection), Wire.Name(PlanType.PreBirthChildProtection));

    private readonly List<(int Day, IReadOnlyList<string> To)> shares = [];

    /// <summary>Person id to the path of its <c>born</c> event.</summary>
    private readonly Dictionary<string, JsonPath> births = new(StringComparer.Ordinal);

    public void Check(JsonPath path, JsonElement caseEvent, string kind, int? day)
    {
        var subjects = Strings(caseEvent, "subjects");
        var subjectsPath = JsonPath.Property(path, "subjects");
        switch (kind)
        {
            case "born" when context.Dialect.WholeStory:
                CheckBorn(subjectsPath, path, subjects, day);
                break;
            case "born":
                foreach (var subject in subjects.Where(s => Person(s)?.IsAdult == true))
                {
                    context.Problem(subjectsPath, $"{JsonValueText.Quote(subject)} is an adult (a born event is about a child)");
                }
                break;
            case "pregnancy":
                CheckPregnancy(path, caseEvent);
                break;
            case "separated":
                CheckSeparated(subjectsPath, subjects);
                break;
            case "joined-household" or "left-household":
                CheckHouseholdChange(path, caseEvent, kind, subjects);
                break;
            case "acknowledged" when context.Dialect.WholeStory:
                CheckAcknowledgement(path, caseEvent, day);
                break;
            case "strategy-discussion" or "conference" or "meeting":
                CheckAttendance(path, caseEvent);
                break;
            case "contact":
                if (IsString(caseEvent, "outcome", Wire.Name(ContactOutcome.NoAccess))
                    && caseEvent.TryGetProperty("childSeen", out var seen) && seen.ValueKind == JsonValueKind.True)
                {
                    context.Problem(JsonPath.Property(path, "childSeen"), "a no-access contact cannot have seen the child");
                }
                break;
            case "plan-started":
                if (caseEvent.TryGetProperty("plan", out var plan) && plan.ValueKind == JsonValueKind.String
                    && CategoryPlans.Contains(plan.GetString()!) && !caseEvent.TryGetProperty("category", out _))
                {
                    context.Log.AddMissing(path, "category", $"a {plan.GetString()} plan-started event needs 'category'");
                }
                break;
            case "placement":
                foreach (var subject in subjects.Where(s => Person(s)?.IsAdult == true))
                {
                    context.Problem(subjectsPath, $"{JsonValueText.Quote(subject)} is not a child (a placement places a child)");
                }
                break;
            case var _ when NotBeforeBirthKinds.Contains(kind):
                CheckAboutBornChild(subjectsPath, kind, subjects);
                break;
            default:
                break;
        }
        if (kind == "information-shared" && day is { } shareDay && context.Dialect.WholeStory)
        {
            shares.Add((shareDay, Strings(caseEvent, "to")));
        }
    }

    private void CheckBorn(JsonPath subjectsPath, JsonPath path, IReadOnlyList<string> subjects, int? day)
    {
        foreach (var subject in subjects)
        {
            if (Person(subject) is not { } person)
            {
                continue;
            }
            // A child declared with `born` on this very day may also have its birth recorded.
            if (person.Role != PersonRole.Unborn && !(person.Role == PersonRole.Child && person.Born == day))
            {
                context.Problem(subjectsPath, $"{JsonValueText.Quote(subject)} is not an unborn person (nor a child born on day {day})");
            }
            if (births.TryGetValue(subject, out var earlier))
            {
                context.Problem(subjectsPath, $"{JsonValueText.Quote(subject)} already born at {earlier}");
            }
            births[subject] = path;
        }
    }

    private void CheckPregnancy(JsonPath path, JsonElement caseEvent)
    {
        if (caseEvent.TryGetProperty("unborn", out var unborn) && unborn.ValueKind == JsonValueKind.String
            && Person(unborn.GetString()!) is { Role: not PersonRole.Unborn })
        {
            context.Problem(JsonPath.Property(path, "unborn"), $"{JsonValueText.Show(unborn)} is not an unborn person");
        }
    }

    private void CheckAboutBornChild(JsonPath subjectsPath, string kind, IReadOnlyList<string> subjects)
    {
        foreach (var subject in subjects)
        {
            if (Person(subject) is not { } person)
            {
                continue;
            }
            if (ChildKinds.Contains(kind) && person.Role is not (PersonRole.Child or PersonRole.Unborn))
            {
                context.Problem(subjectsPath, $"{JsonValueText.Quote(subject)} is not a child");
            }
            else if (person.Role == PersonRole.Unborn && context.Dialect.WholeStory && !births.ContainsKey(subject))
            {
                context.Problem(subjectsPath, $"{JsonValueText.Quote(subject)} is not born yet (no `born` event before this {kind})");
            }
        }
    }

    private void CheckSeparated(JsonPath subjectsPath, IReadOnlyList<string> subjects)
    {
        if (subjects.Count != 2 || subjects.Distinct(StringComparer.Ordinal).Count() != 2)
        {
            context.Problem(subjectsPath, "a separated event names exactly two adults");
        }
        foreach (var subject in subjects.Where(s => Person(s) is { IsAdult: false }))
        {
            context.Problem(subjectsPath, $"{JsonValueText.Quote(subject)} is not an adult");
        }
    }

    private void CheckHouseholdChange(JsonPath path, JsonElement caseEvent, string kind, IReadOnlyList<string> subjects)
    {
        foreach (var subject in subjects.Where(s => Person(s) is { IsAdult: false }))
        {
            context.Problem(JsonPath.Property(path, "subjects"), $"{JsonValueText.Quote(subject)} is not an adult (a child changes address by `moved`)");
        }
        if (kind == "joined-household" && caseEvent.TryGetProperty("household", out var member)
            && member.ValueKind == JsonValueKind.String && subjects.Contains(member.GetString()!, StringComparer.Ordinal))
        {
            context.Problem(JsonPath.Property(path, "household"), "name a member of the household being joined, not a person joining it");
        }
    }

    private void CheckAcknowledgement(JsonPath path, JsonElement caseEvent, int? day)
    {
        if (!caseEvent.TryGetProperty("of", out var ofValue) || !ValueChecker.IsWholeNumber(ofValue, out var of))
        {
            return;
        }
        var ofPath = JsonPath.Property(path, "of");
        if (of > day)
        {
            context.Problem(ofPath, $"acknowledges day {of}, which is after this event (day {day})");
        }
        var sameDay = shares.Where(s => s.Day == of).ToList();
        if (sameDay.Count == 0)
        {
            context.Problem(ofPath, $"no information-shared event on day {of} precedes this acknowledgement");
        }
        else if (caseEvent.TryGetProperty("agency", out var agency) && agency.ValueKind == JsonValueKind.String
                 && !sameDay.Any(s => s.To.Contains(agency.GetString()!, StringComparer.Ordinal)))
        {
            context.Problem(ofPath, $"no information-shared on day {of} was sent to {JsonValueText.Show(agency)}");
        }
    }

    private void CheckAttendance(JsonPath path, JsonElement caseEvent)
    {
        if (!caseEvent.TryGetProperty("invited", out var invited) || invited.ValueKind != JsonValueKind.Array
            || !caseEvent.TryGetProperty("attended", out var attended) || attended.ValueKind != JsonValueKind.Array)
        {
            return;
        }
        var invitedIds = Strings(caseEvent, "invited");
        var j = 0;
        foreach (var agency in attended.EnumerateArray())
        {
            var agencyPath = JsonPath.Index(JsonPath.Property(path, "attended"), j++);
            if (agency.ValueKind == JsonValueKind.String && !invitedIds.Contains(agency.GetString()!, StringComparer.Ordinal))
            {
                context.Problem(agencyPath, $"{JsonValueText.Show(agency)} attended but was not invited");
            }
        }
    }

    private KnownPerson? Person(string id) => context.Index.Persons.GetValueOrDefault(id);

    /// <summary>The strings in a list field; anything else in it has been reported already.</summary>
    private static IReadOnlyList<string> Strings(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? [.. list.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
            : [];

    private static bool IsString(JsonElement obj, string name, string expected) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.ValueEquals(expected);
}
