namespace Sightline.Web.Chronology;

/// <summary>How much a chronology entry matters to a reader looking for risk, for filtering the chronology.</summary>
internal enum Significance
{
    /// <summary>A warning sign: harm, an injury, a police incident, a referral, a child not seen or not brought, a new adult in the household, a move.</summary>
    Concern,

    /// <summary>A safeguarding step: a strategy discussion, an enquiry, a plan, a conference, an assessment, a placement.</summary>
    Decision,

    /// <summary>Routine contact and record keeping: a visit where the child was seen, an appointment kept, a measurement, information shared.</summary>
    Routine,
}
