using Sightline.Core.Persons;

namespace Sightline.Interop.Checking;

/// <summary>What the consistency checks need to know about a person id declared in the file.</summary>
/// <param name="Role">The role, or null when it is missing or not in the vocabulary.</param>
/// <param name="Born">The day of birth, when given as a whole number.</param>
internal sealed record KnownPerson(PersonRole? Role, int? Born)
{
    /// <summary>A person with no valid role counts as neither adult nor child, so every role check fails for it.</summary>
    public bool IsAdult => Role is { } role && role is not (PersonRole.Child or PersonRole.Unborn);
}
