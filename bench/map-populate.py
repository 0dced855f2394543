#!/usr/bin/env python3
"""Builds the benchmark case of bench/map.sh through the real API: one case, six people (him, her, four children)
and 300 map entries over the five components, with realistic descriptions, mixed sources, accuracies and dates,
and impacts linked to the behaviours that caused them. Deterministic (random seed 7). Standard library only.

    map-populate.py BASE_URL USER PASSWORD  ->  prints the case id on stdout
"""
import json
import random
import sys
import urllib.error
import urllib.request
from datetime import date, timedelta

base, user, password = sys.argv[1], sys.argv[2], sys.argv[3]
rng = random.Random(7)


def call(method, path, body=None, token=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    request.add_header("Accept", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            text = response.read().decode()
            return json.loads(text) if text else None
    except urllib.error.HTTPError as error:
        sys.exit(f"{method} {path} answered {error.code}: {error.read().decode()[:600]}")


token = call("POST", "/api/v1/auth/login", {"userName": user, "password": password})["accessToken"]
case = call("POST", "/api/v1/cases", {"presentingConcerns":
    "Police attended a domestic incident at the family home; four children live there. Benchmark case for the map page."}, token)
case_id = case["id"]


def person(given, family, role, born, gender):
    body = {"caseId": case_id, "role": role, "givenName": given, "familyName": family, "dateOfBirth": born,
            "dateOfBirthAccuracy": "Exact", "gender": gender}
    return call("POST", "/api/v1/people", body, token)["id"]


him = person("Darren", "Holloway", "Perpetrator", "1986-04-12", "Male")
her = person("Leanne", "Holloway", "Survivor", "1989-09-03", "Female")
children = {
    person("Kayden", "Holloway", "Child", "2012-02-17", "Male"): "Kayden",
    person("Maisie", "Holloway", "Child", "2014-07-30", "Female"): "Maisie",
    person("Tyler", "Holloway", "Child", "2017-11-05", "Male"): "Tyler",
    person("Ruby", "Holloway", "Child", "2021-05-22", "Female"): "Ruby",
}
child_ids = list(children)

PLACES = ["in the kitchen", "in the car on the way to school", "at the front door", "on the landing", "outside the school gates",
          "at his mother's house", "in the supermarket car park", "in the living room", "by text message", "on a video call"]
TIMES = ["late in the evening", "after he had been drinking", "on a Sunday afternoon", "during the school holidays",
         "the night before a contact visit", "early in the morning", "after she mentioned going back to work", "over several weeks"]

BEHAVIOURS = {
    "cc.physical-violence": "He pushed Leanne against the wall {place} {time} and held her by the wrists until she stopped speaking.",
    "cc.strangulation": "Leanne says he put his hands around her neck {place} {time}; she could not breathe and had marks the next day.",
    "cc.sexual-violence": "Leanne disclosed that he pressured her into sex {time} by saying he would leave and take the children.",
    "cc.threats": "He told Leanne {place} that if she ever left he would make sure she never saw the children again.",
    "cc.intimidation": "He stood over Leanne {place} {time}, blocking the doorway and shouting, while she held the baby.",
    "cc.isolation": "He stopped Leanne visiting her sister and took her phone {time}; she has not seen her family for months.",
    "cc.economic-abuse": "He controls the household money and gives Leanne a small allowance; he checked every receipt {time}.",
    "cc.monitoring-stalking": "He tracked Leanne's phone and turned up {place} {time} within minutes of her arriving.",
    "cc.emotional-abuse": "He called Leanne worthless in front of the children {place} and told them she was a bad mother.",
    "cc.using-systems": "He made a malicious report to children's services about Leanne {time}, saying she neglects the children.",
    "cc.property-damage": "He smashed Leanne's phone and kicked a hole in the bedroom door {time}.",
    "cc.threats-to-staff": "He threatened the social worker {place} {time}, saying he knew where she parked her car.",
    "cc.hostility-at-visits": "He was hostile during the home visit {time}, refused to sit down and filmed the worker on his phone.",
    "cc.weapons-access": "Police report that he keeps a hunting knife in the car and has talked about using it {time}.",
    "cc.intimidating-professionals": "He phoned the school repeatedly {time} and shouted at the head teacher about Leanne's complaints.",
}
HARM = {
    "hc.direct-harm": "He grabbed {child} by the arm {place} {time}, leaving a bruise the school noticed the next day.",
    "hc.threats-to-child": "He told {child} {place} that if anyone found out what happens at home, the police would take Mummy away.",
    "hc.using-child": "He asked {child} to report back on who Leanne had been texting and rewarded {child} with sweets {time}.",
    "hc.undermining-parenting": "He told {child} in front of Leanne {place} that they did not have to listen to her rules.",
    "hc.basic-needs": "He spent the food money {time}; {child} went to school hungry and without a coat for a week.",
    "hc.harm-during-contact": "During contact {time} he questioned {child} about Leanne's new address and kept {child} late.",
    "hc.abduction-threats": "He said {place} {time} that he would take {child} abroad to his family if Leanne went to court.",
}
EFFORTS = {
    "pe.safety": "Leanne took the children to her sister's {time} when he came home drunk, and called the police from there.",
    "pe.wellbeing": "Leanne keeps a calm bedtime routine for the children {time} and reads with them despite his interruptions.",
    "pe.stability": "Leanne kept the children at the same school {time} and made sure they attended every day that week.",
    "pe.nurturance": "Leanne comforted the children {place} after the shouting, explained it was not their fault, and stayed with them.",
}
IMPACTS = {
    "ci.safety": "{child} hides in the wardrobe when he raises his voice and was found there {time} by Leanne.",
    "ci.physical-health": "{child} has had repeated stomach aches and missed meals {time}; the GP found no physical cause.",
    "ci.emotional-behavioural": "{child} has become withdrawn at school and cried {place} when asked about home {time}.",
    "ci.development": "The health visitor notes {child}'s speech has not progressed {time}, and {child} startles at loud noises.",
    "ci.education": "{child}'s attendance fell to 82% {time}; teachers say {child} is tired and cannot concentrate in class.",
    "ci.relationship-survivor": "{child} repeats his words to Leanne {place}, calling her stupid, and refuses to follow her rules.",
    "ci.relationship-siblings": "{child} has started hitting a younger sibling {time}, copying what was seen at home.",
    "ci.basic-needs": "{child} arrived at school {time} without lunch and in clothes too small, after the money ran out.",
}
FACTORS_HER = {
    "if.mental-health": "Leanne describes low mood and panic attacks since {time}; she is on a waiting list for talking therapy.",
    "if.housing": "The tenancy is in his name only; Leanne fears she and the children would be homeless if she left.",
    "if.money-work": "Leanne lost her part-time job {time} after he made her late every shift; she has no income of her own.",
    "if.culture-faith-language": "Leanne's family and church would see separation as shameful; she has no one to stay with {time}.",
    "if.physical-health-disability": "Leanne has a back injury and chronic pain, which he uses to say she cannot care for the children.",
}
FACTORS_HIM = {
    "if.substance-misuse": "He drinks heavily most weekends and used cocaine {time}; the violence is worse after he drinks.",
    "if.mental-health": "He says he has anxiety and uses it to explain his anger, but has not taken up a GP referral {time}.",
    "if.money-work": "He lost his job {time} and spends most days at home, which increases his control of the household.",
    "if.immigration": "His family abroad have said they would welcome him and the children, which he raises {time}.",
}
TAILS = ["", " Leanne was clear about the date.", " The children were in the house at the time.",
         " This matches what the school reported separately.", " Recorded at the core group meeting.",
         " She asked that he is not told she said this.", " He denies it and says she is exaggerating."]
SOURCES = ["SurvivorInterview", "PoliceReport", "School", "Health", "ChildInterview", "Records", "OtherAgency", "PerpetratorInterview"]
DETAILS = {"PoliceReport": "Incident log 2241/25", "School": "Designated safeguarding lead", "Health": "GP letter",
           "OtherAgency": "IDVA service", "Records": "Previous case file"}


def describe(template, child=None):
    text = template.format(place=rng.choice(PLACES), time=rng.choice(TIMES), child=child or "the child")
    text = text[0].upper() + text[1:] + rng.choice(TAILS)
    while len(text) < 100:
        text += rng.choice(TAILS[1:])
    return text[:300]


start, end = date(2023, 6, 1), date(2026, 11, 1)


def when():
    roll = rng.random()
    day = (start + timedelta(days=rng.randrange((end - start).days))).isoformat()
    if roll < 0.6:
        return {"accuracy": "Exact", "occurredOn": day}
    if roll < 0.8:
        return {"accuracy": "Approximate", "occurredOn": day[:8] + "01"}
    if roll < 0.92:
        return {"accuracy": "Ongoing", "occurredOn": day}
    return {"accuracy": "Unknown"}


def source(allowed=SOURCES):
    chosen = rng.choice(allowed)
    result = {"source": chosen, "verified": rng.random() < 0.35}
    if chosen in DETAILS and rng.random() < 0.5:
        result["sourceDetail"] = DETAILS[chosen]
    return result


def add(body):
    return call("POST", f"/api/v1/cases/{case_id}/map/entries", body, token)["id"]


# 300 entries: 90 coercive control, 50 harm to children, 60 protective efforts, 60 child impacts, 40 intersecting factors.
plan = ["CoerciveControl"] * 90 + ["HarmToChild"] * 50 + ["ProtectiveEfforts"] * 60 + ["ChildImpact"] * 60 + ["IntersectingFactors"] * 40
behaviours = []
for n, component in enumerate(plan):
    if component == "CoerciveControl":
        key = rng.choice(list(BEHAVIOURS))
        body = {"component": component, "categoryKey": key, "description": describe(BEHAVIOURS[key]), "perpetratorId": him,
                "childrenPresent": rng.random() < 0.4, **when(), **source()}
        behaviours.append(add(body))
    elif component == "HarmToChild":
        key = rng.choice(list(HARM))
        named = rng.sample(child_ids, rng.choice([1, 1, 2]))
        body = {"component": component, "categoryKey": key, "description": describe(HARM[key], children[named[0]]), "perpetratorId": him,
                "childIds": named, **when(), **source()}
        behaviours.append(add(body))
    elif component == "ProtectiveEfforts":
        key = rng.choice(list(EFFORTS))
        body = {"component": component, "categoryKey": key, "description": describe(EFFORTS[key]), "adultId": her,
                "underminedByPerpetrator": rng.random() < 0.25, **when(), **source()}
        add(body)
    elif component == "ChildImpact":
        key = rng.choice(list(IMPACTS))
        child = rng.choice(child_ids)  # one child each: the page lists an impact under every child it names
        body = {"component": component, "categoryKey": key, "description": describe(IMPACTS[key], children[child]), "childIds": [child],
                **when(), **source(["ChildInterview", "School", "Health", "SurvivorInterview", "OtherAgency"])}
        if rng.random() < 0.5:
            body["causedBy"] = rng.sample(behaviours, rng.choice([1, 1, 2, 3]))
        add(body)
    else:
        adult, factors = (her, FACTORS_HER) if rng.random() < 0.6 else (him, FACTORS_HIM)
        key = rng.choice(list(factors))
        body = {"component": component, "categoryKey": key, "description": describe(factors[key]), "adultId": adult, **when(), **source()}
        add(body)
    if (n + 1) % 50 == 0:
        print(f"  {n + 1} entries", file=sys.stderr)

print(case_id)
