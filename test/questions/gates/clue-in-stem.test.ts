import { describe, expect, it } from 'vitest';
import { clueInStem, nameInAnswer, openAlike, sameWord, vendorWordsOf } from '../../../src/questions/gates/clue-in-stem.js';

describe('clueInStem: a word of the answer in the stem and in no distractor', () => {
  it.each([
    ['stemmed', 'Which service lets you deploy code as a zip?', 'Deployment package', ['Layer', 'Runtime', 'Handler']],
    ['part of a compound', 'Which of these is an in-memory cache in front of a database?', 'ElastiCache', ['Redshift', 'Athena', 'Glue']],
    ['a numeronym', 'Which orchestrator do people call k8s?', 'Kubernetes', ['Nomad', 'Swarm', 'Mesos']],
    ['a plain repeat', 'Which of these builds and manages APIs?', 'API Gateway', ['Cognito', 'AppSync', 'Route 53']],
    ['an expanded acronym', 'Which of these is the Simple Queue Service?', 'SQS', ['SNS', 'MQ', 'Kinesis']],
    ['a long acronym with one letter more', 'Which of these is described as “With Application Load Balancers, cross-zone balancing is on”?', 'AELB', ['CELB', 'NELB', 'GWLB']],
    ['an acronym leading a compound', 'Which of these is described as “Out Of Memory Kill”?', 'OOMKilled', ['Evicted', 'CrashLoopBackOff', 'Pending']],
    ['a capitalised acronym inside a compound', 'Which of these has the role central API hub?', 'kube-apiserver', ['etcd', 'kubelet', 'kube-proxy']],
    ['an abbreviated answer', 'Which of these does the SNS topic use?', 'Simple Notification Service', ['Event bus rules', 'Message queue polling', 'Stream shards']],
    ['the tail of a compound another part of which a distractor shares', 'Which of these returns the clock as a ZONEDSTAMP value?', 'SYSZONEDSTAMP', ['SYSZONED', 'NOWCLOCK', 'GETLOCAL']],
    ['a two-capital part closing a compound', 'Which of these gives pods a stable internal IP?', 'StableIP', ['NodeGate', 'EdgeRoute', 'OuterLink']],
    ['a long root behind a prefix', 'Which tier suits objects read only occasionally?', 'Unoccasional Tier', ['Hot Tier', 'Archive Tier', 'Cool Tier']],
    ['a long root behind a prefix, the other way round', 'Which of these best describes the Unoccasional Tier?', 'Cheaper storage for objects read occasionally', ['Storage for objects read every hour', 'Storage kept for years', 'Storage for objects read each day']],
    ['a hyphenated compound spelt out', 'Which of these is the Multi-hop routing frame?', 'MRF', ['LSP', 'PDU', 'BPDU']],
    ['two long words opening alike', 'Which of these is described as “Coupon paid on a drifting-rate bond”?', 'drifter', ['premium', 'discount', 'par bond']],
  ])('catches %s', (_name, stem, answer, distractors) => {
    expect(clueInStem(stem, answer, distractors)).toBeDefined();
  });

  it('lets a word stand when a distractor shares it, and passes a stem with no clue', () => {
    expect(clueInStem('Which API Gateway endpoint type serves clients close to one place?', 'Regional API', ['Private API', 'Edge API'])).toBeUndefined();
    expect(clueInStem('Which of these runs code without servers?', 'Lambda', ['Fargate', 'EC2', 'Batch'])).toBeUndefined();
  });

  it('never counts a vendor prefix from the lexicon or the stem template as a clue', () => {
    const vendors = vendorWordsOf(['AWS', 'Google Cloud']);
    expect(clueInStem('Which AWS service coordinates workflows?', 'AWS Step Functions', ['SQS', 'SNS', 'EventBridge'], vendors)).toBeUndefined();
    expect(clueInStem('Which of these best describes Fargate?', 'The best fit for containers without servers', ['A queue', 'A bus for events', 'A key-value store'])).toBeUndefined();
  });

  it.each([
    ['deploy', 'deployment', true],
    ['cache', 'elasticache', true],
    ['k8s', 'kubernetes', true],
    ['i18n', 'internationalization', true],
    ['cat', 'concatenate', false],
    ['queue', 'topic', false],
  ])('sameWord(%j, %j) is %s', (a, b, expected) => {
    expect(sameWord(a, b)).toBe(expected);
  });
});

describe('clueInStem: short names and word roots', () => {
  it.each([
    ['Which cells does a T4 antibody bind?', 'T4 helper cells', ['B cells', 'Plasma cells']],
    ['Which of these tiers is described as "moving data between zones"?', 'Data Movement tier', ['Archive tier', 'Hot tier']],
    ['Which log holds one segment of a trace?', 'Subsegments', ['Annotations', 'Metadata']],
  ])('finds the clue in %j', (stem, answer, distractors) => {
    expect(clueInStem(stem, answer, distractors)).toBe('a word of the answer stands in the stem');
  });
  it('passes two words that open only with a lead many unrelated words share', () => {
    expect(clueInStem('Which of these carries internet traffic between sites?', 'Interface bonding', ['Route tables', 'Peering', 'Transit hubs'])).toBeUndefined();
    expect(openAlike('drifting', 'drifter')).toBe(true);
    expect(openAlike('transfer', 'transport')).toBe(false);
  });

  it('passes a short name that a distractor shares', () => {
    expect(clueInStem('Which cells does a T4 antibody bind?', 'T4 helper cells', ['T4 killer cells', 'Plasma cells'])).toBeUndefined();
  });
});

describe('clueInStem: clues the round-4 review found', () => {
  it.each([
    ['a root Porter cuts apart (y / i endings)', 'Which of these is described as “Growth follows the share of hives occupied”?', 'Occupancy rule', ['Swarm rule', 'Brood rule']],
    ['a capitalised acronym closing a compound', 'Which of these is a dialect of the XML standard for maps?', 'GeoXML', ['Shapefile', 'Tile index']],
    ['a short name the answer writes in lower case', 'Which of these fakes the IP address of a trusted host?', 'ip forging', ['session stealing', 'tailgating']],
    ['the answer\'s whole word, which a distractor holds only a part of', 'Which of these is a bloomstore kept for a whole orchard?', 'Clustered Bloomstore', ['Bloom Segment', 'Pollen mover']],
  ])('catches %s', (_name, stem, answer, distractors) => {
    expect(clueInStem(stem, answer, distractors)).toBe('a word of the answer stands in the stem');
  });

  it.each([
    ['a short word leading a compound', 'Which of these sets the traffic allowed out of a hive?', 'Outbound Gates', ['Entrance Reducers', 'Queen Excluders', 'Drone Traps']],
    ['a short answer word leading a stem compound', 'Which of these keeps websites close to their bees?', 'Web Apiary', ['Home Apiary', 'Field Apiary', 'Roof Apiary']],
    ['a word closing in e beside its longer form', 'Which of these is meant to scale across many apiaries?', 'Scalability', ['Flexibility', 'Durability', 'Portability']],
    ['an acronym closing a camel-case name', 'Which function lists the Hive Zones of an apiary?', 'Fn::GetHZs', ['Fn::Select', 'Fn::Join', 'Fn::Split']],
  ])('catches %s (round 5)', (_name, stem, answer, distractors) => {
    expect(clueInStem(stem, answer, distractors)).toBeDefined();
  });

  it('catches a short leading word though a distractor has the same rest behind another lead (r7)', () => {
    expect(clueInStem('Which of these sets the traffic allowed out of a hive?', 'Outbound Gates', ['Inbound Gates', 'Queen Excluders', 'Drone Traps'])).toBeDefined();
  });

  it('lets a short leading word stand when a distractor holds the same word', () => {
    expect(clueInStem('Which of these sets the traffic allowed out of a hive?', 'Outbound Gates', ['Outbound Drones', 'Queen Excluders', 'Drone Traps'])).toBeUndefined();
  });

  it('still lets a distractor hide a clue by the same word or another form of it', () => {
    expect(clueInStem('Which of these is a bloomstore kept for a whole orchard?', 'Clustered Bloomstore', ['Scattered Bloomstore', 'Pollen mover'])).toBeUndefined();
    expect(clueInStem('Which of these fakes the IP address of a trusted host?', 'ip forging', ['IP flooding', 'tailgating'])).toBeUndefined();
  });
});

describe('nameInAnswer: a part of the asked name spelt out in the keyed definition', () => {
  it.each([
    ['an acronym inside a name in capitals', 'HIVEGPSTIME', 'Returns the hive clock in GPS time', ['Returns the hive clock in local time', 'Same as HIVETIME, but rounded']],
    ['a two-capital tail', 'SwarmIP', 'A shared virtual IP for the swarm', ['A port on every hive', 'A queen for each colony']],
    ['a long word inside a compound', 'Honeyframe', 'A frame the bees fill with honey', ['A box for the queen', 'A lid against the rain']],
  ])('catches %s', (_name, name, answer, distractors) => {
    expect(nameInAnswer(name, answer, distractors)).toBe('a part of the name stands in the answer');
  });

  it('passes when a distractor spells the same part, or the part is the whole word', () => {
    expect(nameInAnswer('HIVEGPSTIME', 'Returns the hive clock in GPS time', ['Returns GPS time, rounded', 'Same as HIVETIME'])).toBeUndefined();
    // The whole word is clueInStem's to judge (the term stands in the stem).
    expect(nameInAnswer('Smoker', 'A can the keeper uses as a smoker to calm the bees', ['A knife to cut the comb', 'A brush for the bees'])).toBeUndefined();
  });
});

describe('clueInStem: clues the r7 review found', () => {
  it.each([
    ['a root behind a prefix of the answer word', 'Which of these uses cryptographic seals to hide from the keeper?', 'encrypted swarms', ['absconding swarms', 'robbing swarms', 'drifting swarms']],
    ['"multi" shared by a stem word and the answer', 'Which of these is a hive sending one signal to multiple chosen hives?', 'multicast', ['broadcast', 'unicast relay', 'waggle dance']],
    ['an acronym whose X stands for a word opening with "ex"', 'In hive networks, which of these is described as “Private bee exchange”?', 'PBX', ['HVP', 'VoB', 'SRT']],
  ])('catches %s', (_name, stem, answer, distractors) => {
    expect(clueInStem(stem, answer, distractors)).toBeDefined();
  });

  it('still passes a root a distractor shares, and prefixes too loose to mean a root ("re")', () => {
    expect(clueInStem('Which of these uses cryptographic seals to hide from the keeper?', 'encrypted swarms', ['decrypted swarms', 'robbing swarms'])).toBeUndefined();
    expect(clueInStem('Which of these is reserved for the queen?', 'Server Frame', ['Brood Frame', 'Honey Frame'])).toBeUndefined();
  });
});
