//! Typed, stable ids for the assessment: layers, sub-dimensions, barrier domains, scales, modules,
//! floors. Each id has one snake_case string form that never changes once published: it is used in
//! answer files, result codes, catalog keys and municipality configuration.
//!
//! Rule kept: ids are data, not text. Nothing here is shown to a person; the catalog turns an id
//! into words (`i18n::t`).

/// Declares a fieldless enum whose variants map one-to-one to stable strings, with `ALL`,
/// `as_str`, `parse`, `Display` and serde (as the string form).
macro_rules! string_id {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident => $text:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The stable string form.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)+
                }
            }

            /// Parses the stable string form; `None` for anything else.
            pub fn parse(s: &str) -> Option<$name> {
                match s {
                    $($text => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.pad(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(d)?;
                $name::parse(&s).ok_or_else(|| {
                    serde::de::Error::custom(format!(
                        "unknown {} '{}'",
                        stringify!($name),
                        s
                    ))
                })
            }
        }
    };
}

pub(crate) use string_id;

string_id! {
    /// The three layers of the check. Only willen and kunnen are scored into an axis.
    pub enum Layer {
        /// Drive and plans (scored).
        Willen => "willen",
        /// Strengths and support needs (scored).
        Kunnen => "kunnen",
        /// Things around you: the barrier overlay, never scored into an axis.
        Omstandigheden => "omstandigheden",
    }
}

string_id! {
    /// The two scored axes.
    pub enum Axis {
        Willen => "willen",
        Kunnen => "kunnen",
    }
}

string_id! {
    /// Sub-dimensions of willen and kunnen. Each gets a sub-score 0-100 (higher is more positive).
    pub enum SubId {
        /// W1: work matters to me (employment commitment).
        W1Commitment => "w1_commitment",
        /// W2: I want to start now and know my next step (intention and plan).
        W2Intention => "w2_intention",
        /// W3, autonomous: I look for work because I want to (counts up).
        W3Autonomous => "w3_autonomous",
        /// W3, sense: searching makes sense to me. Its shortfall is amotivation (counts down).
        W3Sense => "w3_sense",
        /// W3, controlled: pressure from outside. Shown, never subtracted.
        W3Controlled => "w3_controlled",
        /// W5: recent search activity. Small weight: barriers suppress behaviour.
        W5Activity => "w5_activity",
        /// W6: what I would adjust for work. Information only.
        W6Adjust => "w6_adjust",
        /// K1: work ability and health (0-10 self-rating, hours possible).
        K1WorkAbility => "k1_work_ability",
        /// K2: basic skills (reading/writing Dutch, numbers, digital).
        K2BasicSkills => "k2_basic_skills",
        /// K3: experience and papers.
        K3Experience => "k3_experience",
        /// K4: work habits and learning.
        K4WorkHabits => "k4_work_habits",
        /// K5: job-search skills and confidence.
        K5JobSearch => "k5_job_search",
    }
}

impl SubId {
    /// The axis this sub-dimension belongs to (whether or not it carries weight).
    pub fn axis(self) -> Axis {
        match self {
            SubId::W1Commitment
            | SubId::W2Intention
            | SubId::W3Autonomous
            | SubId::W3Sense
            | SubId::W3Controlled
            | SubId::W5Activity
            | SubId::W6Adjust => Axis::Willen,
            _ => Axis::Kunnen,
        }
    }
}

string_id! {
    /// Barrier domains of the overlay ("things around you").
    pub enum BarrierDomain {
        Money => "money",
        Housing => "housing",
        PhysicalHealth => "physical_health",
        MentalHealth => "mental_health",
        AlcoholDrugs => "alcohol_drugs",
        CareForOthers => "care_for_others",
        Childcare => "childcare",
        Transport => "transport",
        SupportPeople => "support_people",
        SafetyHome => "safety_home",
        Justice => "justice",
        Language => "language",
        DigitalAccess => "digital_access",
        DailyRhythm => "daily_rhythm",
    }
}

string_id! {
    /// Answer scales. Their options and values are published in the rules file of each version
    /// that uses them. Ids only grow: a scale a version no longer uses stays for older results.
    pub enum ScaleId {
        Agree5 => "agree5",
        Sense5 => "sense5",
        Activity4 => "activity4",
        Adjust3 => "adjust3",
        Ability4 => "ability4",
        Hours4 => "hours4",
        Ease3 => "ease3",
        Recency4 => "recency4",
        Papers3 => "papers3",
        Role3 => "role3",
        Housing4 => "housing4",
        Mood4 => "mood4",
        Childcare3 => "childcare3",
        Support3 => "support3",
        Safety4 => "safety4",
        Access3 => "access3",
        Rhythm3 => "rhythm3",
        // Added with rules 2027.1: item-specific answer options (what the person does, how often).
        Importance4 => "importance4",
        Likely4 => "likely4",
        Miss4 => "miss4",
        Wish4 => "wish4",
        When4 => "when4",
        Fit4 => "fit4",
        Forward4 => "forward4",
        Exists5 => "exists5",
        HoldsBack9 => "holds_back9",
        Experience4 => "experience4",
        Often4 => "often4",
        Learn4 => "learn4",
        Cv3 => "cv3",
        Dare3 => "dare3",
        Mood3 => "mood3",
        YesNo2 => "yes_no2",
    }
}

string_id! {
    /// Optional question modules a deployment may switch off (e.g. on kiosks).
    pub enum ModuleId {
        AlcoholDrugs => "alcohol_drugs",
    }
}

string_id! {
    /// Non-compensatory floors on the kunnen axis.
    pub enum FloorId {
        /// Work ability 5 or lower out of 10.
        WorkAbility => "work_ability",
        /// Basic skills hard in two or more of three areas.
        BasicSkills => "basic_skills",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_round_trip_and_are_unique() {
        let mut seen = std::collections::BTreeSet::new();
        for s in SubId::ALL {
            assert_eq!(SubId::parse(s.as_str()), Some(*s));
            assert!(seen.insert(s.as_str()));
        }
        assert_eq!(SubId::parse("nope"), None);
        let json = serde_json::to_string(&BarrierDomain::SafetyHome).unwrap();
        assert_eq!(json, "\"safety_home\"");
        let back: BarrierDomain = serde_json::from_str(&json).unwrap();
        assert_eq!(back, BarrierDomain::SafetyHome);
        assert!(serde_json::from_str::<BarrierDomain>("\"elsewhere\"").is_err());
    }

    #[test]
    fn subs_belong_to_the_right_axis() {
        assert_eq!(SubId::W3Controlled.axis(), Axis::Willen);
        assert_eq!(SubId::K5JobSearch.axis(), Axis::Kunnen);
    }
}
