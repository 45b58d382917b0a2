// The sample article shown on a first visit. Written for this project; the people, the firm and the
// events are invented.

export const SAMPLE = `Harbour city votes to rebuild its flooded tram depot

LISBON — The city council of Porto Verde voted on Tuesday to spend €84 million rebuilding the tram depot that flooded in March, ending six months of argument over whether the old network should be saved at all.

Mayor Helena Duarte said the vote, carried by 31 votes to 12, was "a promise kept to the people who ride these trams every morning". Duarte had campaigned last year on keeping the network, which carries about 41,000 passengers a day along the river front.

The depot, built in 1927, was under nearly two metres of water after the Rio Claro burst its banks on March 14. Forty-two of the city's 58 trams were damaged, and the council has run buses on four of the six lines since then.

Opposition leader Tomás Ferreira called the plan "a museum dressed up as transport policy". His party had proposed replacing the trams with electric buses at roughly half the cost. Ferreira said he would ask the Court of Auditors in Lisbon to review the contract before any money was spent.

The work will be carried out by Marlow & Castro Engineering, a Lisbon firm that restored the funicular in Sintra in 2019. Its chief executive, Ana Marlow, told reporters the new depot would stand 1.5 metres higher than the old one and could be finished by September 2027.

The European Investment Bank has offered a loan covering 40% of the cost, according to council documents. The rest will come from the city's own budget and a regional climate fund.

Residents of the Ribeira district, where the depot stands, were divided. "The trams are the reason tourists come here," said Joana Pires, who runs a café opposite the gates. Her neighbour, retired engineer Paulo Matos, said the money would be better spent on flood walls. "If the river comes back, it will not care how pretty the trams are," he said.

The council will publish the full contract on its website, www.porto-verde.example, next week. Questions can be sent to obras@porto-verde.example until 5 p.m. on October 3.`;
