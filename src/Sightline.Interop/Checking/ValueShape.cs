namespace Sightline.Interop.Checking;

/// <summary>What a field's value must look like.</summary>
internal enum ValueShape
{
    /// <summary>A string that is not blank.</summary>
    Text,
    /// <summary><c>true</c> or <c>false</c>.</summary>
    Flag,
    /// <summary>A day: a whole number of days after the start in a scenario, a calendar date in intake (<see cref="DayForm"/>).</summary>
    Day,
    /// <summary>A number strictly between 0 and 100.</summary>
    Centile,
    /// <summary>An escalation stage, a whole number from 1 to 4.</summary>
    Stage,
    /// <summary>One of a closed list of names.</summary>
    OneOf,
    /// <summary>The id of an agency in the file.</summary>
    Agency,
    /// <summary>A list of agency ids, none twice.</summary>
    Agencies,
    /// <summary>The id of a person in the file.</summary>
    Person,
    /// <summary>A list of person ids, none twice.</summary>
    Persons,
    /// <summary>A local authority name that some agency carries.</summary>
    LocalAuthority,
}
