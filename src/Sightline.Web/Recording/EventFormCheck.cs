using System.Globalization;
using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Persons;
using Sightline.Core.Vocabulary;
using Sightline.Web.Presentation;

namespace Sightline.Web.Recording;

/// <summary>
/// Checks a record-an-event form and builds the event it describes. Pure: the caller gives the
/// day in England and what may be chosen. Each problem names the id of the field to fix, in the
/// order the fields appear, worded as the design system's error messages are.
/// </summary>
internal static class EventFormCheck
{
    /// <summary>The longest free text accepted in one field.</summary>
    public const int TextLimit = 2000;

    /// <summary>The event, or the problems (never both).</summary>
    public static (CaseEvent? Event, IReadOnlyList<FormError> Errors) Check(
        RecordKind kind, EventForm form, PersonId child, AgencyId agency, DateOnly today, RecordingChoices choices)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(choices);
        var errors = new List<FormError>();
        var date = Date(form, today, errors);
        var note = Text(form.Note, "note", "The note", errors);
        // Checked field by field so that every problem is listed at once; the stamp is only used when there are none.
        var stamp = new Stamp(date ?? today, agency, [child], note);
        CaseEvent? built = kind.Id switch
        {
            "contact" => Contact(form, stamp, errors),
            "injury" => Injury(form, stamp, errors),
            "missed-appointment" => MissedAppointment(form, stamp, errors),
            "referral" => Referral(form, stamp, choices, errors),
            "information-shared" => InformationShared(form, stamp, choices, errors),
            _ => throw new ArgumentException($"Unknown kind {kind.Id}.", nameof(kind)),
        };
        return errors.Count > 0 || built is null ? (null, errors) : (built, []);
    }

    private static DateOnly? Date(EventForm form, DateOnly today, List<FormError> errors)
    {
        var parts = new[] { ("day", form.Day), ("month", form.Month), ("year", form.Year) };
        var missing = parts.Where(p => string.IsNullOrWhiteSpace(p.Item2)).Select(p => p.Item1).ToList();
        if (missing.Count == 3)
        {
            errors.Add(new FormError("date-day", "Enter the date it happened"));
            return null;
        }
        if (missing.Count > 0)
        {
            errors.Add(new FormError($"date-{missing[0]}", $"The date must include a {Words.List(missing)}"));
            return null;
        }
        if (!int.TryParse(form.Day, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(form.Month, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(form.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || form.Year!.Trim().Length != 4
            || !DateOnly.TryParseExact($"{year:0000}-{month:00}-{day:00}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add(new FormError("date-day", "The date must be a real date, for example 27 3 2026"));
            return null;
        }
        if (date > today)
        {
            errors.Add(new FormError("date-day", "The date must be today or in the past"));
            return null;
        }
        return date;
    }

    /// <summary>What every recorded event carries.</summary>
    private sealed record Stamp(DateOnly Date, AgencyId Agency, IReadOnlyList<PersonId> Subjects, string? Note);

    private static Contact? Contact(EventForm form, Stamp stamp, List<FormError> errors)
    {
        var mode = Choice<ContactMode>(form.Mode, "mode", "Select how the contact was made", errors);
        var seen = YesNo(form.ChildSeen, "child-seen", "Select whether the child was seen", errors);
        var outcome = Choice<ContactOutcome>(form.Outcome, "outcome", "Select whether you reached the family", errors);
        return mode is null || seen is null || outcome is null ? null : new Contact { Date = stamp.Date, Agency = stamp.Agency, Subjects = stamp.Subjects, Note = stamp.Note, Mode = mode.Value, ChildSeen = seen.Value, Outcome = outcome.Value };
    }

    private static Injury? Injury(EventForm form, Stamp stamp, List<FormError> errors)
    {
        var type = Choice<InjuryType>(form.InjuryType, "injury-type", "Select the kind of injury", errors);
        var site = Required(form.Site, "site", "Enter where on the body the injury was", "Where on the body", errors);
        var explanation = Text(form.Explanation, "explanation", "The explanation", errors);
        return type is null || site is null ? null : new Injury { Date = stamp.Date, Agency = stamp.Agency, Subjects = stamp.Subjects, Note = stamp.Note, Type = type.Value, Site = site, Explanation = explanation };
    }

    private static Appointment? MissedAppointment(EventForm form, Stamp stamp, List<FormError> errors)
    {
        var service = Required(form.Service, "service", "Enter the service the appointment was with", "The service", errors);
        return service is null ? null : new Appointment { Date = stamp.Date, Agency = stamp.Agency, Subjects = stamp.Subjects, Note = stamp.Note, Service = service, Outcome = AppointmentOutcome.WasNotBrought };
    }

    private static Referral? Referral(EventForm form, Stamp stamp, RecordingChoices choices, List<FormError> errors)
    {
        var agency = stamp.Agency;
        AgencyId? to = null;
        if (string.IsNullOrWhiteSpace(form.ReferTo))
        {
            errors.Add(new FormError("refer-to", "Select the agency you referred to"));
        }
        else if (choices.Agencies.All(a => a.Id.Value != form.ReferTo) || form.ReferTo == agency.Value)
        {
            errors.Add(new FormError("refer-to", "Select an agency from the list"));
        }
        else
        {
            to = new AgencyId(form.ReferTo);
        }
        var concern = Required(form.Concern, "concern", "Enter the concern you referred", "The concern", errors);
        return to is null || concern is null ? null : new Referral { Date = stamp.Date, Agency = stamp.Agency, Subjects = stamp.Subjects, Note = stamp.Note, To = to.Value, Concern = concern };
    }

    private static InformationShared? InformationShared(EventForm form, Stamp stamp, RecordingChoices choices, List<FormError> errors)
    {
        var agency = stamp.Agency;
        var child = stamp.Subjects[0];
        var to = form.ShareTo.Distinct(StringComparer.Ordinal).ToList();
        var about = form.About.Distinct(StringComparer.Ordinal).ToList();
        var ok = true;
        if (to.Count == 0)
        {
            errors.Add(new FormError("share-to", "Select the agencies you shared the information with"));
            ok = false;
        }
        else if (to.Any(t => t == agency.Value || choices.Agencies.All(a => a.Id.Value != t)))
        {
            errors.Add(new FormError("share-to", "Select agencies from the list"));
            ok = false;
        }
        if (about.Count == 0)
        {
            errors.Add(new FormError("about", "Select whom the information was about"));
            ok = false;
        }
        else if (about.Any(p => choices.People.All(c => c.Id.Value != p)))
        {
            errors.Add(new FormError("about", "Select people from the list"));
            ok = false;
        }
        var acknowledged = YesNo(form.Acknowledged, "acknowledged", "Select whether they acknowledged it", errors);
        if (!ok || acknowledged is null)
        {
            return null;
        }
        return new InformationShared
        {
            Date = stamp.Date,
            Agency = stamp.Agency,
            Subjects = stamp.Subjects,
            Note = stamp.Note,
            To = to.Select(t => new AgencyId(t)).ToArray(),
            About = about.Select(p => new PersonId(p)).OrderBy(p => p == child ? 0 : 1).ToArray(),
            Acknowledged = acknowledged.Value,
        };
    }

    private static TEnum? Choice<TEnum>(string? text, string field, string message, List<FormError> errors)
        where TEnum : struct, Enum
    {
        if (Wire.TryParse<TEnum>(text, out var value))
        {
            return value;
        }
        errors.Add(new FormError(field, message));
        return null;
    }

    private static bool? YesNo(string? text, string field, string message, List<FormError> errors)
    {
        switch (text)
        {
            case "yes":
                return true;
            case "no":
                return false;
            default:
                errors.Add(new FormError(field, message));
                return null;
        }
    }

    private static string? Required(string? text, string field, string message, string name, List<FormError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new FormError(field, message));
            return null;
        }
        return Text(text, field, name, errors);
    }

    private static string? Text(string? text, string field, string name, List<FormError> errors)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }
        if (trimmed.Length > TextLimit)
        {
            errors.Add(new FormError(field, $"{name} must be {TextLimit} characters or fewer"));
            return null;
        }
        return trimmed;
    }
}
