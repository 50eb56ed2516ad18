namespace Sightline.Web.FlagChecks;

/// <summary>What a flag check found.</summary>
internal enum FlagCheckOutcome
{
    /// <summary>The requester may not check flags (role, or not an unscheduled-care setting). Nothing was looked up.</summary>
    Refused,

    /// <summary>A child was found with a flagging plan of their own or of someone in their household, active or ended lately.</summary>
    Flagged,

    /// <summary>A child was found, with no flagging plan, active or ended lately, for them or their household.</summary>
    NoFlags,

    /// <summary>No record holds the NHS number: Sightline knows no plan for the child.</summary>
    NoRecord,

    /// <summary>
    /// No stored child matches the name and date of birth confidently: Sightline cannot say
    /// whether the child has a plan. Not the same as no flags.
    /// </summary>
    NoConfidentMatch,
}
