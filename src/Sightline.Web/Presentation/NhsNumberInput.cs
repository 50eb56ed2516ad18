using Sightline.Core.Persons;

namespace Sightline.Web.Presentation;

/// <summary>An NHS number typed into a form (spaces or dashes allowed, as it is printed: 943 476 5919), and its problem in the design system's words.</summary>
internal static class NhsNumberInput
{
    /// <summary>The number typed; null with a problem (added to <paramref name="errors"/> against <paramref name="field"/>) when it is not one.</summary>
    public static NhsNumber? Read(string typed, string field, List<FormError> errors)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(errors);
        if (NhsNumber.TryParse(typed, out var number))
        {
            return number;
        }
        // Ten digits that fail the check are a slip of one digit; anything else is not the right shape.
        errors.Add(new FormError(field, typed.Count(char.IsAsciiDigit) == 10 && typed.All(c => char.IsAsciiDigit(c) || c is ' ' or '-')
            ? "Enter a real NHS number: the last digit of this one does not check"
            : "Enter an NHS number of 10 digits, like 943 476 5919"));
        return null;
    }
}
