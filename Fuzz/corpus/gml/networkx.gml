# written in NetworkX's shape
graph [
  directed 1
  multigraph 1
  name "test"
  node [
    id 0
    label "&#44396;&#48120;"
    firms 2300
    lat 36.11
    note "a &#34;quoted&#34; &amp; note"
    graphics [ x 1.0 y 2.0 ]
  ]
  node [
    id 1
    label "changwon"
    firms 12
  ]
  node [ id 7 ]
  edge [ source 0 target 1 key 0 kind "anchor-link" weight 1.5 ]
  edge [ source 0 target 1 key 1 kind "value-chain" weight 2 ]
  edge [ source 1 target 1 key 0 weight -1.0E-5 ]
]
