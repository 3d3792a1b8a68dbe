graph [
  directed 1
  multigraph 1
  node [
    id 0
    label "gumi"
    name_ko "&#44396;&#48120;&#44397;&#44032;&#49328;&#50629;&#45800;&#51648;"
    firms 2300
    lat 36.11
    smart 1
  ]
  node [
    id 1
    label "&#52285;&#50896;"
    name_ko "&#52285;&#50896;"
    firms 12
  ]
  node [
    id 2
    label "ulsan-mipo"
    lat 35.5
  ]
  node [
    id 3
    label "&#50808;&#46388;&#49452;"
  ]
  edge [
    source 0
    target 1
    kind "anchor-link"
    weight 1.5
    year 2019
    note "a, &#34;quoted&#34; note"
  ]
  edge [
    source 0
    target 1
    kind "value-chain"
    weight 2.0
    year 2020
  ]
  edge [
    source 1
    target 1
    kind "cross-region"
    weight 0.25
    year 2021
  ]
  edge [
    source 0
    target 2
    kind "anchor-link"
    weight 3.0e-05
    year 2023
    verified 1
  ]
]
