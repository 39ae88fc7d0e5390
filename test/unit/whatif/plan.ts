/** A small plan for the what-if golden tests: two teams, a deadline, a launch date, scenarios. */
export const PLAN = `program: Pilot rollout
start: 2026-04-06            # a Monday, ISO week 15
targetEnd: 2026-05-29
people:
  - { id: ana, name: Ana, team: platform }
  - { id: ben, name: Ben, team: product }
teams:
  - { id: platform, name: Platform, lead: ana }
  - { id: product, name: Product, lead: ben }
accountable: ana
tasks:
  - id: design
    name: Design
    team: platform
    owner: ana
    duration: 5d
  - id: build
    name: Build
    team: platform
    owner: ana
    duration: 10d   # two sprints
    dependsOn: [design]
  - id: docs
    name: Write docs
    team: product
    owner: ben
    duration: 3
    dependsOn: [design]
  - id: pilots
    name: Run pilots
    team: product
    owner: ben
    duration: 2w
    dependsOn: [build, docs]
  - id: beta
    name: Beta
    owner: ben
    milestone: true
    dependsOn: [build]
    deadline: 2026-05-01
  - id: ga
    name: GA
    owner: ben
    milestone: true
    dependsOn: [pilots]
    deadline: 2026-05-22
launch:
  date: 2026-05-22
decisions:
  - id: D-1
    title: How many pilots?
    owner: ben
    options: [three-pilots, five-pilots]
scenarios:
  - id: three-pilots
    name: Reduce to 3 pilots
    changes:
      - { task: pilots, duration: 6d }
  - id: five-pilots
    name: Keep 5 pilots
    changes: []
  - id: security
    name: Add a security review
    changes:
      - { task: build, slip: 2d }
      - add: { id: review, name: Security review, duration: 4d, dependsOn: [build] }
`;
